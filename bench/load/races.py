"""Races: the same collectivités writing several times at once after the load, what the database
holds afterwards, and the anonymous reads of `themeRanking` that follow."""

import collections
import uuid


def races(url, data):
    """Concurrent identical or competing writes by the same collectivités (kept out of the
    clients' hands), fired at once after the load; returns the answers per race."""
    from concurrent.futures import ThreadPoolExecutor

    from bench.http import request
    from bench.load.operations import ENROLL, VOTE

    burst = data["burst"]
    proposals = [data["proposal_ids"][str(pk)] for pk in data["proposals"]]
    project = data["project_ids"][data["race_project"]]
    shared_key = str(uuid.uuid4())

    def send(job):
        identity, query, variables, field = job
        # Distinct clicks, each with its own key, unless the race is about one key.
        variables = {"idempotencyKey": str(uuid.uuid4()), **variables}
        status, payload = request(
            url + "/graphql/",
            {"query": query, "variables": variables},
            headers={"Authorization": f"Bearer {identity['token']}"},
        )
        if status != 200 or not isinstance(payload, dict) or payload.get("errors"):
            return {
                "authority": identity["authority"],
                "status": status,
                "error": str(payload)[:300],
            }
        answer = payload["data"][field]
        return {
            "authority": identity["authority"],
            "status": status,
            "codes": [e["code"] for e in answer["errors"]],
            "enrollment": answer.get("enrollment"),
        }

    plans = {
        # The same vote eight times at once: one row; each answer accepted or ALREADY_VOTED.
        "même vote ×8": [(burst[0], VOTE, {"proposal": proposals[0]}, "voteForTheme")] * 8,
        # The same vote eight times at once with one idempotency key (a client retrying on
        # every node): one row, and every answer the accepted one.
        "même clé ×8": [
            (
                burst[12],
                VOTE,
                {"proposal": proposals[1], "idempotencyKey": shared_key},
                "voteForTheme",
            )
        ]
        * 8,
        # Six votes on six themes at once, limit 3: exactly 3 accepted.
        "6 votes simultanés, limite 3": [
            (burst[1], VOTE, {"proposal": p}, "voteForTheme") for p in proposals[:6]
        ],
        # The same enrolment eight times at once: one accepted, seven ALREADY_ENROLLED.
        "même inscription ×8": [
            (burst[2], ENROLL, {"project": project, "role": "OBSERVER"}, "enroll")
        ]
        * 8,
        # Nine collectivités for three places at once: 3 confirmed, 6 waiting, ranks 1 to 6.
        "9 collectivités pour 3 places": [
            (identity, ENROLL, {"project": project, "role": "PARTICIPANT"}, "enroll")
            for identity in burst[3:12]
        ],
    }
    answers = {}
    for name, jobs in plans.items():
        with ThreadPoolExecutor(len(jobs)) as pool:
            answers[name] = list(pool.map(send, jobs))
    return answers


def check_races(answers, data):
    from projects.models import Enrollment, ThemeVote

    checks = []

    def check(name, ok, detail):
        checks.append(
            {"check": f"course « {name} » : {detail.split(' ; ')[0]}", "ok": ok, "detail": detail}
        )

    def tally(name):
        return collections.Counter(
            ",".join(a.get("codes") or [])
            or ("acceptée" if "codes" in a else f"HTTP {a['status']}")
            for a in answers[name]
        )

    burst = data["burst"]
    name = "même vote ×8"
    rows = ThemeVote.objects.filter(
        local_authority_id=burst[0]["authority"], proposal_id=data["proposals"][0]
    ).count()
    got = tally(name)
    check(
        name,
        rows == 1 and set(got) <= {"acceptée", "ALREADY_VOTED"} and got["acceptée"] >= 1,
        f"1 vote en base attendu ; {rows} en base, réponses {dict(got)}",
    )
    name = "même clé ×8"
    rows = ThemeVote.objects.filter(
        local_authority_id=burst[12]["authority"], proposal_id=data["proposals"][1]
    ).count()
    got = tally(name)
    check(
        name,
        rows == 1 and got == {"acceptée": 8},
        f"1 vote en base et 8 réponses « acceptée » attendus ; {rows} en base, réponses {dict(got)}",
    )
    name = "6 votes simultanés, limite 3"
    rows = ThemeVote.objects.filter(
        local_authority_id=burst[1]["authority"], proposal__campaign_id=data["campaign"]
    ).count()
    got = tally(name)
    limit = data["vote_limit"]
    check(
        name,
        rows == limit and got["acceptée"] == limit and got["VOTE_LIMIT_REACHED"] == 6 - limit,
        f"{limit} votes acceptés et en base attendus ; {rows} en base, réponses {dict(got)}",
    )
    name = "même inscription ×8"
    rows = Enrollment.objects.filter(
        local_authority_id=burst[2]["authority"], project__slug=data["race_project"]
    ).count()
    got = tally(name)
    check(
        name,
        rows == 1 and got["acceptée"] == 1 and got["ALREADY_ENROLLED"] == 7,
        f"1 inscription attendue ; {rows} en base, réponses {dict(got)}",
    )
    name = "9 collectivités pour 3 places"
    participants = list(
        Enrollment.objects.filter(project__slug=data["race_project"], role="participant").values(
            "status", "position"
        )
    )
    statuses = collections.Counter(p["status"] for p in participants)
    ranks = sorted(
        (a.get("enrollment") or {}).get("waitingRank") or 0
        for a in answers[name]
        if (a.get("enrollment") or {}).get("status") == "WAITING"
    )
    got = tally(name)
    check(
        name,
        statuses == {"confirmed": 3, "waiting": 6}
        and got["acceptée"] == 9
        and len({p["position"] for p in participants}) == 9
        and ranks == list(range(1, 7)),
        f"3 confirmées et 6 en attente attendues ; en base {dict(statuses)}, réponses {dict(got)}, "
        f"rangs d'attente annoncés {ranks}",
    )
    return checks


def ranking_after(url, times):
    """The vote counts `themeRanking` shows anonymously, read `times` times in parallel."""
    from concurrent.futures import ThreadPoolExecutor

    from bench.http import request
    from bench.load.operations import pk_of

    body = {"query": "{ themeRanking { votes proposal { id } } }"}

    def read(_):
        status, payload = request(url + "/graphql/", body)
        if status != 200 or not isinstance(payload, dict) or payload.get("errors"):
            return {"error": f"HTTP {status} {str(payload)[:200]}"}
        return {
            str(pk_of(e["proposal"]["id"])): e["votes"] for e in payload["data"]["themeRanking"]
        }

    with ThreadPoolExecutor(8) as pool:
        return list(pool.map(read, range(times)))
