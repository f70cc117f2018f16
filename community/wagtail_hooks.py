from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from community.models import Message, Report, Thread
from community.services.moderation import HIDDEN, REPORTED, RESTORED


@hooks.register("register_log_actions")
def community_log_actions(actions):
    actions.register_action(REPORTED, _("Signaler un message"), _("Message signalé"))
    actions.register_action(HIDDEN, _("Masquer un message"), _("Message masqué"))
    actions.register_action(RESTORED, _("Rétablir un message"), _("Message rétabli"))


class ReportViewSet(ModelViewSet):
    model = Report
    icon = "warning"
    menu_label = _("Signalements")
    add_to_admin_menu = False
    list_display = ["message", "reason", "reporter", "created_at", "handled_at"]
    list_filter = ["handled_at"]
    inspect_view_enabled = True
    form_fields = ["reason"]


class ThreadViewSet(ModelViewSet):
    model = Thread
    icon = "comment"
    menu_label = _("Fils d'échange")
    list_display = ["title", "project", "kind", "visibility", "created_at", "resolved_at"]
    list_filter = ["kind", "visibility"]
    search_fields = ["title"]
    inspect_view_enabled = True
    form_fields = ["title", "kind", "visibility"]


class MessageViewSet(ModelViewSet):
    model = Message
    icon = "comment"
    menu_label = _("Messages")
    list_display = ["thread", "body", "author", "created_at", "hidden_at"]
    list_filter = ["hidden_at"]
    inspect_view_enabled = True
    form_fields = ["body"]


class CommunityViewSetGroup(ViewSetGroup):
    menu_label = _("Échanges")
    menu_icon = "comment"
    menu_order = 350
    items = (ReportViewSet, ThreadViewSet, MessageViewSet)


@hooks.register("register_admin_viewset")
def register_community_viewsets():
    return CommunityViewSetGroup()
