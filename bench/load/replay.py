"""Replay of the clients' journal: the state the database must hold, and the refusals the rules
do not explain."""

import collections


def replay(journal, data):
    """Replays each collectivité's writes in the order its (single) client sent them.

    Returns the expected final state, the refusals that the rules do not explain, and counts.
    A write without an answer (cut off at the end) or answered by a server error after its
    retries leaves its key unknown: it may or may not have landed, and is excluded from the
    comparison. The attempts retried (5xx, connection cut) are counted apart: the final answer,
    to the same idempotency key, is the one that says what landed.
    """
    from bench.load.operations import pk_of

    limit = data["vote_limit"]
    votes = collections.defaultdict(set)  # authority -> proposals
    enrolments = {}  # (authority, project) -> {"id", "role"}
    unknown_votes, unknown_enrolments = set(), set()
    anomalies, outcomes = [], collections.Counter()
    server_errors, internal_errors, cut_off = [], [], 0
    retried = []  # (op, HTTP status) of each attempt sent again
    submissions = {}  # idempotency key -> submission pk, from the accepted answers
    unknown_submissions, replays = set(), []
    for entry in sorted(journal, key=lambda e: e["sent"]):
        op, authority, target = entry["op"], entry["authority"], entry["target"]
        key = (authority, target)
        retried += [(op, status) for status in entry.get("failed_attempts") or []]
        if op == "submit_experience":
            unknown = unknown_submissions
            key = target
        else:
            unknown = unknown_votes if "vote" in op else unknown_enrolments
        if entry.get("answered") is None:
            cut_off += 1
            unknown.add(key)
            outcomes[(op, "sans réponse")] += 1
            continue
        if entry["status"] >= 500 or entry["status"] == 0:
            server_errors.append(entry)
            unknown.add(key)
            outcomes[(op, f"HTTP {entry['status']}")] += 1
            continue
        if entry.get("graphql_errors") or entry["status"] != 200:
            internal_errors.append(entry)
            unknown.add(key)
            outcomes[(op, f"HTTP {entry['status']} {entry.get('graphql_errors')}")] += 1
            continue
        code = entry["errors"][0] if entry["errors"] else None
        if code is None:
            label = "acceptée"
            if op == "enroll":
                label += f" ({(entry['data'].get('enrollment') or {}).get('status', '?').lower()})"
            outcomes[(op, label)] += 1
        else:
            outcomes[(op, code)] += 1
        if key in unknown:
            continue

        def anomaly(why, entry=entry):
            anomalies.append({"why": why, "entry": entry})

        if op == "submit_experience":
            if code is None:
                got = pk_of((entry["data"].get("submission") or {}).get("id"))
                if got is None:
                    anomaly("contribution acceptée sans identifiant")
                elif key in submissions:
                    # The same idempotency key again: the first contribution, not a new one.
                    replays.append(got == submissions[key])
                    if got != submissions[key]:
                        anomaly(f"clé rejouée : contribution {got}, attendu {submissions[key]}")
                else:
                    submissions[key] = got
            else:
                anomaly(f"refus inattendu {code}")
        elif op == "vote":
            held = target in votes[authority]
            if code is None:
                if held:
                    anomaly("vote accepté alors que la collectivité avait déjà voté")
                votes[authority].add(target)
                remaining = entry["data"].get("remainingVotes")
                if limit and remaining != limit - len(votes[authority]):
                    anomaly(
                        f"remainingVotes = {remaining}, attendu {limit - len(votes[authority])}"
                    )
            elif code == "ALREADY_VOTED":
                if not held:
                    anomaly("ALREADY_VOTED sans vote préalable")
            elif code == "VOTE_LIMIT_REACHED":
                if held or len(votes[authority]) < limit:
                    anomaly(f"VOTE_LIMIT_REACHED avec {len(votes[authority])} vote(s)")
            else:
                anomaly(f"refus inattendu {code}")
        elif op == "withdraw_vote":
            held = target in votes[authority]
            if code is None:
                if not held:
                    anomaly("retrait accepté d'un vote inexistant")
                votes[authority].discard(target)
            elif code != "NOT_FOUND" or held:
                anomaly(f"refus {code} du retrait d'un vote {'existant' if held else 'absent'}")
        elif op == "enroll":
            held = enrolments.get(key)
            if code is None:
                enrolment = entry["data"].get("enrollment") or {}
                if held:
                    anomaly("inscription acceptée alors que la collectivité était inscrite")
                if not enrolment.get("id"):
                    anomaly("inscription acceptée sans identifiant")
                role = entry["variables"]["role"].lower()
                status = (enrolment.get("status") or "").lower()
                if role == "observer" and status != "confirmed":
                    anomaly(f"observatrice inscrite avec le statut {status}")
                enrolments[key] = {"id": pk_of(enrolment.get("id")), "role": role}
            elif code == "ALREADY_ENROLLED":
                if not held:
                    anomaly("ALREADY_ENROLLED sans inscription préalable")
            else:
                anomaly(f"refus inattendu {code}")
        elif op == "withdraw_enrollment":
            held = enrolments.get(key)
            if code is None:
                got = pk_of((entry["data"].get("enrollment") or {}).get("id"))
                if not held:
                    anomaly("retrait accepté d'une inscription inexistante")
                elif str(got) != str(held["id"]):
                    anomaly(f"retrait de l'inscription {got}, attendu {held['id']}")
                enrolments.pop(key, None)
            elif code != "NOT_ENROLLED" or held:
                anomaly(
                    f"refus {code} du retrait d'une inscription {'existante' if held else 'absente'}"
                )
    expected_votes = {
        (a, p) for a, proposals in votes.items() for p in proposals if (a, p) not in unknown_votes
    }
    expected_enrolments = {k: v for k, v in enrolments.items() if k not in unknown_enrolments}
    return {
        "expected_votes": expected_votes,
        "expected_enrolments": expected_enrolments,
        "unknown_votes": unknown_votes,
        "unknown_enrolments": unknown_enrolments,
        "anomalies": anomalies,
        "outcomes": outcomes,
        "server_errors": server_errors,
        "internal_errors": internal_errors,
        "cut_off": cut_off,
        "retried": retried,
        "submissions": submissions,
        "unknown_submissions": unknown_submissions,
        "replays": replays,
    }
