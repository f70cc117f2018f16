"""Collectivités' enrolments in shared projects."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class EnrollmentQuerySet(models.QuerySet):
    def confirmed_participants(self):
        """The confirmed participants (parties prenantes): those who hold one of the places."""
        return self.filter(role=Enrollment.Role.PARTICIPANT, status=Enrollment.Status.CONFIRMED)


class Enrollment(models.Model):
    """A collectivité's enrolment in a shared project, as participant (3 to 5) or observer."""

    class Role(models.TextChoices):
        PARTICIPANT = "participant", _("Partie prenante")
        OBSERVER = "observer", _("Observatrice")

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmée")
        WAITING = "waiting", _("Liste d'attente")
        WITHDRAWN = "withdrawn", _("Retirée")

    project = models.ForeignKey(
        "projects.SharedProjectPage",
        verbose_name=_("projet partagé"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    role = models.CharField(_("rôle"), max_length=20, choices=Role.choices)
    status = models.CharField(
        _("statut"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    enrolled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("inscrite par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("inscrite le"), auto_now_add=True)
    position = models.PositiveIntegerField(
        _("rang d'inscription"),
        default=0,
        help_text=_(
            "Ordre d'arrivée dans le projet ; la liste d'attente est servie dans cet ordre."
        ),
    )
    updated_at = models.DateTimeField(_("modifiée le"), auto_now=True)

    objects = EnrollmentQuerySet.as_manager()

    class Meta:
        verbose_name = _("inscription à un projet partagé")
        verbose_name_plural = _("inscriptions aux projets partagés")
        ordering = ["position", "created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["project", "local_authority"], name="one_enrollment_per_authority"
            ),
            models.CheckConstraint(
                condition=~models.Q(role="observer", status="waiting"),
                name="observer_never_waiting",
            ),
        ]

    def __str__(self):
        return f"{self.local_authority} — {self.project} ({self.get_role_display()})"
