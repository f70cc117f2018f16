"""The exchange's mutation arguments turned into models; what the caller may not read is as
unknown as what does not exist (NOT_FOUND)."""

from cms.api.relay import pk_of
from cms.models import LocalAuthority
from community.models import Message, Thread
from community.services.access import can_read_thread
from community.services.errors import NOT_FOUND, ServiceError
from projects.models import JournalEntryPage, SharedProjectPage, SharedProjectStage


def _found(instance, message, field):
    if instance is None:
        raise ServiceError(message, NOT_FOUND, field)
    return instance


def project(value):
    pk = pk_of(value, ["SharedProjectPage"], "project", "d'un projet partagé")
    return _found(
        SharedProjectPage.objects.live().public().filter(pk=pk).first(),
        "Projet partagé introuvable.",
        "project",
    )


def thread(value, user, field="thread"):
    pk = pk_of(value, ["CommunityThread"], field, "d'un fil d'échange")
    found = Thread.objects.select_related("project").filter(pk=pk).first()
    if found is not None and not can_read_thread(user, found):
        found = None
    return _found(found, "Fil d'échange introuvable.", field)


def message(value, user, field="message"):
    if value is None:
        return None
    pk = pk_of(value, ["CommunityMessage"], field, "d'un message d'échange")
    found = Message.objects.select_related("thread__project").filter(pk=pk).first()
    if found is not None and not can_read_thread(user, found.thread):
        found = None
    return _found(found, "Message introuvable.", field)


def stage(value):
    if value is None:
        return None
    pk = pk_of(value, ["SharedProjectStage"], "stage", "d'une étape de projet partagé")
    return _found(SharedProjectStage.objects.filter(pk=pk).first(), "Étape introuvable.", "stage")


def journal_entry(value):
    if value is None:
        return None
    pk = pk_of(value, ["JournalEntryPage"], "journal_entry", "d'une entrée du journal")
    return _found(
        JournalEntryPage.objects.live().filter(pk=pk).first(),
        "Entrée du journal introuvable.",
        "journal_entry",
    )


def local_authority(value):
    if value is None:
        return None
    pk = pk_of(value, ["LocalAuthority"], "local_authority", "d'une collectivité")
    return _found(
        LocalAuthority.objects.filter(pk=pk).first(), "Collectivité introuvable.", "local_authority"
    )


def attachments(values):
    return [(item.file, item.title or "") for item in values or []]


def enum_value(value):
    return getattr(value, "value", value)
