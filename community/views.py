"""Downloads of the files joined to messages.

The API gives each attachment's address; the file leaves only for a caller whose bearer token
(`cms.api.auth`, the same as the API's) names someone who reads the thread, and not from a message
hidden by the moderation (except for the moderators). Everyone else, with or without a token, gets
the same 404 as for a file that does not exist.
"""

from django.http import FileResponse, Http404
from django.urls import reverse
from django.views.decorators.http import require_GET

from cms.api.auth import InvalidToken, user_from_request
from community.models import Attachment
from community.services.access import can_read_thread, standing


def attachment_path(attachment):
    return reverse("community:attachment", args=[attachment.pk, attachment.name])


@require_GET
def download_attachment(request, pk, name):
    try:
        user = user_from_request(request)
    except InvalidToken:
        user = None
    attachment = (
        Attachment.objects.select_related("message__thread__project").filter(pk=pk).first()
        if user is not None and user.is_authenticated
        else None
    )
    if attachment is None or attachment.name != name:
        raise Http404("Pièce jointe introuvable.")
    message = attachment.message
    viewer = standing(user, message.thread.project)
    if not can_read_thread(user, message.thread, viewer) or (
        message.is_hidden and not viewer.moderates
    ):
        raise Http404("Pièce jointe introuvable.")
    response = FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.name,
        content_type=attachment.content_type,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response
