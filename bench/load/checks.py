"""The replayed state (bench/load/replay.py) compared with the rows in the database."""

import collections


def check_database(state, data):
    """Compares the replayed state with the rows; returns the list of checks."""
    from django.db.models import Count, Q

    from projects.models import Enrollment, SharedProjectPage, ThemeVote

    checks = []

    def check(name, ok, detail=""):
        checks.append({"check": name, "ok": bool(ok), "detail": detail})

    authorities = {i["authority"] for i in data["identities"]}
    db_votes = set(
        ThemeVote.objects.filter(
            proposal__campaign_id=data["campaign"], local_authority_id__in=authorities
        ).values_list("local_authority_id", "proposal_id")
    )
    comparable = {k for k in db_votes if k not in state["unknown_votes"]}
    lost = state["expected_votes"] - comparable
    phantom = comparable - state["expected_votes"]
    check(
        "votes : chaque vote accepté (et non retiré) est en base",
        not lost,
        f"{len(state['expected_votes'])} attendus, {len(comparable)} en base, {len(lost)} perdus"
        + (f" : {sorted(lost)[:10]}" if lost else "")
        + (
            f" ; {len(state['unknown_votes'])} vote(s) sans réponse exclus "
            f"({len(db_votes & state['unknown_votes'])} arrivés en base)"
            if state["unknown_votes"]
            else ""
        ),
    )
    check(
        "votes : aucun vote en base qui n'ait été accepté",
        not phantom,
        f"{len(phantom)} en trop" + (f" : {sorted(phantom)[:10]}" if phantom else ""),
    )
    duplicates = (
        ThemeVote.objects.values("proposal_id", "local_authority_id")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )
    check("votes : aucun doublon (collectivité, thème)", duplicates == 0, f"{duplicates} doublons")
    over = (
        ThemeVote.objects.filter(proposal__campaign_id=data["campaign"])
        .values("local_authority_id")
        .annotate(n=Count("pk"))
        .filter(n__gt=data["vote_limit"])
        .count()
        if data["vote_limit"]
        else 0
    )
    check(
        f"votes : aucune collectivité au-delà de {data['vote_limit']} votes dans la campagne",
        over == 0,
        f"{over} collectivités au-delà",
    )

    projects = {p.slug: p for p in SharedProjectPage.objects.filter(slug__in=data["projects"])}
    rows = list(
        Enrollment.objects.filter(project__slug__in=data["projects"]).values(
            "id", "local_authority_id", "project__slug", "role", "status", "position"
        )
    )
    active = {
        (r["local_authority_id"], r["project__slug"]): r
        for r in rows
        if r["status"] != Enrollment.Status.WITHDRAWN
    }
    comparable = {k: v for k, v in active.items() if k not in state["unknown_enrolments"]}
    expected = state["expected_enrolments"]
    lost = sorted(set(expected) - set(comparable))
    phantom = sorted(set(comparable) - set(expected))
    mismatched = [
        k
        for k in set(expected) & set(comparable)
        if str(expected[k]["id"]) != str(comparable[k]["id"])
        or expected[k]["role"] != comparable[k]["role"]
    ]
    check(
        "inscriptions : chaque inscription acceptée (et non retirée) est en base",
        not lost,
        f"{len(expected)} attendues, {len(comparable)} en base, {len(lost)} perdues"
        + (f" : {lost[:10]}" if lost else "")
        + (
            f" ; {len(state['unknown_enrolments'])} écriture(s) sans réponse exclues"
            if state["unknown_enrolments"]
            else ""
        ),
    )
    check(
        "inscriptions : aucune inscription en base qui n'ait été acceptée",
        not phantom,
        f"{len(phantom)} en trop" + (f" : {phantom[:10]}" if phantom else ""),
    )
    check(
        "inscriptions : même identifiant et même rôle que la réponse",
        not mismatched,
        f"{len(mismatched)} différences" + (f" : {mismatched[:10]}" if mismatched else ""),
    )
    pairs = collections.Counter((r["local_authority_id"], r["project__slug"]) for r in rows)
    positions = collections.Counter((r["project__slug"], r["position"]) for r in rows)
    check(
        "inscriptions : une seule par (collectivité, projet), rangs d'arrivée distincts",
        all(n == 1 for n in pairs.values()) and all(n == 1 for n in positions.values()),
        f"{sum(n > 1 for n in pairs.values())} doublons, "
        f"{sum(n > 1 for n in positions.values())} rangs partagés",
    )
    capacity_problems = []
    per_project = {}
    for slug, project in projects.items():
        counts = Enrollment.objects.filter(project=project).aggregate(
            confirmed=Count("pk", filter=Q(role="participant", status="confirmed")),
            waiting=Count("pk", filter=Q(status="waiting")),
            observers=Count("pk", filter=Q(role="observer", status="confirmed")),
            withdrawn=Count("pk", filter=Q(status="withdrawn")),
        )
        per_project[slug] = counts
        if counts["confirmed"] > project.participant_capacity:
            capacity_problems.append(
                f"{slug} : {counts['confirmed']} > {project.participant_capacity}"
            )
        if counts["waiting"] and counts["confirmed"] < project.participant_capacity:
            capacity_problems.append(
                f"{slug} : {counts['waiting']} en attente avec {counts['confirmed']} places prises"
                f" sur {project.participant_capacity}"
            )
    check(
        "inscriptions : capacité jamais dépassée, personne n'attend quand une place est libre",
        not capacity_problems,
        "; ".join(capacity_problems) or f"{len(projects)} projets",
    )
    from workflows.models import Submission

    db_submissions = collections.Counter(
        Submission.objects.filter(local_authority_id__in=authorities).values_list(
            "page_id", flat=True
        )
    )
    accepted = set(state["submissions"].values())
    lost = sorted(accepted - set(db_submissions))
    extra = len(db_submissions) - len(accepted)
    check(
        "contributions : chaque contribution acceptée est en base, une fois",
        not lost
        and all(n == 1 for n in db_submissions.values())
        and 0 <= extra <= len(state["unknown_submissions"]),
        f"{len(accepted)} acceptées, {len(db_submissions)} en base, {len(lost)} perdues"
        + (f" : {lost[:10]}" if lost else "")
        + f", {extra} de plus que les acceptées ({len(state['unknown_submissions'])} envoi(s) "
        "sans réponse finale)",
    )
    replays = state["replays"]
    check(
        "contributions : la même clé d'idempotence renvoyée rend la même contribution",
        all(replays),
        f"{sum(replays)}/{len(replays)} renvois identiques",
    )
    known = authorities | {i["authority"] for i in data.get("burst", [])}
    foreign = (
        ThemeVote.objects.exclude(local_authority_id__in=known).count()
        + Enrollment.objects.exclude(local_authority_id__in=known).count()
    )
    check("aucune écriture d'une collectivité hors du test", foreign == 0, f"{foreign}")
    return checks, per_project
