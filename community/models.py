"""The learning community of a shared project: threads, their messages, mentions, reports, the
history of edits and each person's choice of notifications."""

import os
import uuid

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _


class NotificationPreference(models.Model):
    """How a person hears of the exchanges of their projects: at once, weekly, or not at all."""

    class Frequency(models.TextChoices):
        IMMEDIATE = "immediate", _("À chaque message")
        WEEKLY = "weekly", _("Dans le récapitulatif hebdomadaire")
        NEVER = "never", _("Jamais")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("compte"),
        on_delete=models.CASCADE,
        related_name="community_preference",
    )
    frequency = models.CharField(
        _("fréquence"), max_length=20, choices=Frequency.choices, default=Frequency.WEEKLY
    )

    class Meta:
        verbose_name = _("préférence de notification des échanges")
        verbose_name_plural = _("préférences de notification des échanges")

    def __str__(self):
        return f"{self.user} : {self.get_frequency_display()}"


class Authored(models.Model):
    """Who wrote a thread or a message, for which collectivité (none for an expert or the ANCT),
    and when."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="community_%(class)ss",
    )
    author_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("au nom de"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("écrit le"), auto_now_add=True, db_index=True)

    class Meta:
        abstract = True


class Thread(Authored):
    """A conversation of a shared project, of one kind, optionally tied to a stage or a journal
    entry; open to the participants only, or also to the observers."""

    class Kind(models.TextChoices):
        QUESTION = "question", _("Question")
        SUCCESS = "success", _("Réussite")
        OBSTACLE = "obstacle", _("Obstacle")
        SOLUTION = "solution", _("Solution")
        RESOURCE = "resource", _("Ressource partagée")

    class Visibility(models.TextChoices):
        PARTICIPANTS = "participants", _("Parties prenantes seulement")
        OBSERVERS = "observers", _("Parties prenantes et observatrices")

    project = models.ForeignKey(
        "projects.SharedProjectPage",
        verbose_name=_("projet partagé"),
        on_delete=models.CASCADE,
        related_name="community_threads",
    )
    kind = models.CharField(_("nature"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("titre"), max_length=200)
    visibility = models.CharField(
        _("visibilité"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.PARTICIPANTS,
    )
    stage = models.ForeignKey(
        "projects.SharedProjectStage",
        verbose_name=_("étape"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="community_threads",
    )
    journal_entry = models.ForeignKey(
        "projects.JournalEntryPage",
        verbose_name=_("entrée du journal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="community_threads",
    )
    resolved_at = models.DateTimeField(_("résolue le"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("marquée résolue par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    last_activity_at = models.DateTimeField(_("dernière activité"), auto_now_add=True)

    class Meta:
        verbose_name = _("fil d'échange")
        verbose_name_plural = _("fils d'échange")
        ordering = ["-last_activity_at", "-pk"]
        indexes = [models.Index(fields=["project", "-last_activity_at"])]

    def __str__(self):
        return self.title

    @property
    def is_resolved(self):
        return self.resolved_at is not None


class Message(Authored):
    """A message of a thread: the opening one, or a reply. Stored as plain text (HTML stripped),
    rendered escaped."""

    thread = models.ForeignKey(
        Thread, verbose_name=_("fil"), on_delete=models.CASCADE, related_name="messages"
    )
    reply_to = models.ForeignKey(
        "self",
        verbose_name=_("en réponse à"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="replies",
    )
    body = models.TextField(_("texte"))
    edited_at = models.DateTimeField(_("modifié le"), null=True, blank=True)
    hidden_at = models.DateTimeField(_("masqué le"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("masqué par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hidden_reason = models.TextField(_("motif du masquage"), blank=True)

    class Meta:
        verbose_name = _("message d'échange")
        verbose_name_plural = _("messages d'échange")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["author", "created_at"])]

    def __str__(self):
        return f"{self.thread} — {self.body[:60]}"

    @property
    def is_hidden(self):
        return self.hidden_at is not None


def attachment_storage():
    """Kept apart from the media library (`STORAGES["community"]`, never served as is): a file
    leaves only through the download view, for someone who may read its thread."""
    return storages["community"]


def attachment_path(instance, filename):
    _, extension = os.path.splitext(filename)
    return f"{instance.message.thread.project_id}/{uuid.uuid4().hex}{extension.lower()}"


class Attachment(models.Model):
    """A file joined to a message (an image or a document, checked by the submissions' rules)."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("Image")
        DOCUMENT = "document", _("Document")

    message = models.ForeignKey(
        Message, verbose_name=_("message"), on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(
        _("fichier"), storage=attachment_storage, upload_to=attachment_path, max_length=255
    )
    name = models.CharField(_("nom du fichier"), max_length=255)
    title = models.CharField(_("titre"), max_length=255)
    kind = models.CharField(_("nature"), max_length=20, choices=Kind.choices)
    content_type = models.CharField(_("type de contenu"), max_length=100)
    size = models.PositiveIntegerField(_("taille (octets)"))

    class Meta:
        verbose_name = _("pièce jointe")
        verbose_name_plural = _("pièces jointes")
        ordering = ["pk"]

    def __str__(self):
        return self.title


class MessageRevision(models.Model):
    """A message's text before one of its edits: the history a moderator reads."""

    message = models.ForeignKey(
        Message, verbose_name=_("message"), on_delete=models.CASCADE, related_name="revisions"
    )
    body = models.TextField(_("texte précédent"))
    replaced_at = models.DateTimeField(_("remplacé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("version précédente d'un message")
        verbose_name_plural = _("versions précédentes des messages")
        ordering = ["replaced_at", "pk"]

    def __str__(self):
        return f"{self.message_id} ({self.replaced_at:%d/%m/%Y %H:%M})"


class Mention(models.Model):
    """A collectivité or a person named with « @ » in a message."""

    message = models.ForeignKey(
        Message, verbose_name=_("message"), on_delete=models.CASCADE, related_name="mentions"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("personne"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    local_authority = models.ForeignKey(
        "cms.LocalAuthority",
        verbose_name=_("collectivité"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(_("nom cité"), max_length=200)

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(user__isnull=False) | models.Q(local_authority__isnull=False),
                name="mention_names_someone",
            )
        ]

    def __str__(self):
        return f"@{self.label}"


class Report(models.Model):
    """A reader's report of a message to the ANCT moderators."""

    message = models.ForeignKey(
        Message, verbose_name=_("message"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signalé par"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.TextField(_("motif"))
    created_at = models.DateTimeField(_("signalé le"), auto_now_add=True)
    handled_at = models.DateTimeField(_("traité le"), null=True, blank=True)

    class Meta:
        verbose_name = _("signalement")
        verbose_name_plural = _("signalements")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["message", "reporter"], name="one_report_per_reader")
        ]

    def __str__(self):
        return f"{self.reporter} : {self.reason[:60]}"


class CommunityDigest(models.Model):
    """One weekly digest sent to one person: recorded so that no week is sent twice."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("destinataire"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    week_start = models.DateField(_("semaine du"))
    message_count = models.PositiveIntegerField(_("messages"), default=0)
    sent_at = models.DateTimeField(_("envoyé le"), auto_now_add=True)

    class Meta:
        verbose_name = _("récapitulatif des échanges")
        verbose_name_plural = _("récapitulatifs des échanges")
        constraints = [
            models.UniqueConstraint(
                fields=["recipient", "week_start"], name="one_community_digest_per_week"
            )
        ]

    def __str__(self):
        return f"{self.recipient} — {self.week_start:%d/%m/%Y}"
