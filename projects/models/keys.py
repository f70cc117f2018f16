"""Idempotency keys of the participation mutations."""

from django.conf import settings
from django.db import models


class MutationKey(models.Model):
    """An idempotency key a client sent with a theme proposal, a journal entry, an action plan,
    a vote, an enrolment or their withdrawal: the same key, from the same user, within
    `SUBMISSION_IDEMPOTENCY_TTL`, answers what the first request answered (a double submit, even
    to another server, acts once and reads no refusal)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    key = models.CharField(max_length=200)
    action = models.CharField(max_length=40)
    object_id = models.PositiveBigIntegerField(null=True)
    # What else the first answer needs to be given again (e.g. the collectivités a withdrawal
    # moved off the waiting list).
    result = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="projects_mutation_key_unique")
        ]

    def __str__(self):
        return self.key
