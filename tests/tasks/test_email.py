"""E-mails leave through a task once the decision is committed; a refused send is recorded FAILED
and tried again, never lost in silence."""

import datetime

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from cms.mail import send_later
from tests.ports import free_port
from tests.tasks.conftest import run_worker


def test_sent_on_commit_one_message_per_address(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        planned = send_later(
            "Votre contribution est publiée",
            "Bonjour,\n\nElle est en ligne.",
            ["b@example.org", "a@example.org", "", "a@example.org"],
            html="<p>Elle est en ligne.</p>",
        )
        assert mail.outbox == []  # nothing leaves before the commit
    assert planned == 2
    for callback in callbacks:
        callback()
    assert [m.to for m in mail.outbox] == [["a@example.org"], ["b@example.org"]]
    first = mail.outbox[0]
    assert first.subject == "Votre contribution est publiée"
    assert first.alternatives[0] == ("<p>Elle est en ligne.</p>", "text/html")
    assert first.extra_headers["Message-ID"] != mail.outbox[1].extra_headers["Message-ID"]


def test_a_rolled_back_decision_sends_nothing(db, django_capture_on_commit_callbacks):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        send_later("Sujet", "Corps", ["a@example.org"])
        raise RuntimeError("la décision échoue")
    assert mail.outbox == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_refused_send_is_recorded_failed_then_retried(settings, database_tasks, caplog):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    send_later("Demande de modifications", "Ajoutez le bilan.", ["agent@example.org"])
    (queued,) = DBTaskResult.objects.all()
    assert queued.status == "READY" and queued.task_path == "cms.tasks.send_email"

    run_worker()

    failed = DBTaskResult.objects.get(pk=queued.pk)
    assert failed.status == "FAILED"
    assert failed.exception_class_path == "builtins.ConnectionRefusedError"
    assert "ConnectionRefusedError" in failed.traceback
    assert "Demande de modifications" in caplog.text and "essai 1" in caplog.text
    (retry,) = DBTaskResult.objects.exclude(pk=queued.pk)
    assert retry.status == "READY" and retry.run_after > timezone.now()
    kwargs = retry.args_kwargs["kwargs"]
    assert kwargs["attempt"] == 2
    assert kwargs["message_id"] == queued.args_kwargs["kwargs"]["message_id"]

    # The server is back when the retry is due: the same message leaves, once.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    DBTaskResult.objects.filter(pk=retry.pk).update(
        run_after=timezone.now() - datetime.timedelta(seconds=1)
    )
    run_worker()
    assert DBTaskResult.objects.get(pk=retry.pk).status == "SUCCESSFUL"
    (message,) = mail.outbox
    assert message.to == ["agent@example.org"] and message.body == "Ajoutez le bilan."
    assert message.extra_headers["Message-ID"] == kwargs["message_id"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_last_try_is_not_retried(settings, database_tasks, caplog):
    from cms.tasks import send_email

    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", free_port()
    last = len(settings.TASKS_EMAIL_RETRY_DELAYS) + 1
    send_email.enqueue("Sujet", "Corps", ["agent@example.org"], attempt=last)
    run_worker()
    assert list(DBTaskResult.objects.values_list("status", flat=True)) == ["FAILED"]
    assert f"non remis après {last} essais" in caplog.text
