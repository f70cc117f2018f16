"""Demo subscribers of the newsletter (confirmed): the demo edition can be sent from the admin
and read in the console of `make run`. Idempotent: an address already there is left as it is."""

from django.contrib.auth import get_user_model
from django.utils import timezone

from newsletter.models import Subscriber

PUBLIC = ["citoyenne.engagee", "association.quartier", "journaliste.territorial"]
AGENTS = ["contributeur", "participant"]
DOMAIN = "example.org"


def ensure_subscribers():
    """Returns how many demo subscribers were created."""
    users = {u.username: u for u in get_user_model().objects.filter(username__in=AGENTS)}
    created = 0
    now = timezone.now()
    for name in PUBLIC + AGENTS:
        _, is_new = Subscriber.objects.get_or_create(
            email=f"{name}@{DOMAIN}",
            defaults={
                "status": Subscriber.Status.CONFIRMED,
                "user": users.get(name),
                "consent_at": now,
                "confirmed_at": now,
                "consent_source": "demo",
                "consent_text_version": "2026-11",
                "wants_agenda": True,
            },
        )
        created += is_new
    return created
