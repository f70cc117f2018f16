"""Territoires d'engagement: the programme year by year."""

import datetime

from projects.models import EngagementTrackPage


def engagement_programme(*, live_only=True):
    """How many collectivités entered Territoires d'engagement each year, and how many are
    accompanied in each year (a track lasts three years)."""
    tracks = EngagementTrackPage.objects.all()
    if live_only:
        tracks = tracks.live().public()
    rows = list(tracks.values_list("start_date", "local_authority_id"))
    if not rows:
        return []
    entering, active = {}, {}
    for start, authority_id in rows:
        entering.setdefault(start.year, set()).add(authority_id)
        last_day = EngagementTrackPage(start_date=start).end_date - datetime.timedelta(days=1)
        for year in range(start.year, last_day.year + 1):
            active.setdefault(year, set()).add(authority_id)
    first, last = min(active), max(active)
    return [
        {
            "year": year,
            "entering": len(entering.get(year, ())),
            "accompanied": len(active.get(year, ())),
        }
        for year in range(first, last + 1)
    ]
