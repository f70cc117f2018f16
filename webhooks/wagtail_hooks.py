"""Admin screens of the webhooks, in the « Paramètres » menu, for ANCT editors: the endpoints
(add, disable, see and regenerate the secret) and the delivery log (read-only, resend)."""

import json

from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.admin.widgets.button import ListingButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry, register_permission_policy

from webhooks import views
from webhooks.forms import WebhookEndpointForm
from webhooks.models import DeliveryStatus, WebhookDelivery, WebhookEndpoint

WRITE_ACTIONS = {"add", "change", "delete"}


class DeliveryLogPolicy(ModelPermissionPolicy):
    """The delivery log is written by the webhooks alone: nobody adds, edits or deletes in it."""

    def user_has_permission(self, user, action):
        return action not in WRITE_ACTIONS and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        actions = [action for action in actions if action not in WRITE_ACTIONS]
        if not actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(actions)


register_permission_policy(WebhookDelivery, DeliveryLogPolicy(WebhookDelivery))


def can_change_endpoints(user):
    return policy_registry.get_by_type(WebhookEndpoint).user_has_permission(user, "change")


def deliveries_url(endpoint):
    return reverse("webhook_deliveries:index") + f"?endpoint={endpoint.pk}"


# --- Endpoints -------------------------------------------------------------------------------


class EndpointIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        buttons.append(
            ListingButton(_("Journal des envois"), deliveries_url(instance), icon_name="list-ul")
        )
        return buttons


class EndpointInspectView(generic.InspectView):
    def get_secret_display_value(self):
        return format_html("<code>{}</code>", self.object.secret)

    def get_events_display_value(self):
        return self.object.get_events_display()

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Journal des envois"),
                url=deliveries_url(self.object),
                icon_name="list-ul",
                priority=30,
            )
        )
        if can_change_endpoints(self.request.user):
            buttons.append(
                Button(
                    _("Régénérer le secret"),
                    url=reverse("webhooks_regenerate_secret", args=[self.object.pk]),
                    icon_name="key",
                    priority=40,
                )
            )
        return buttons


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    name = "webhook_endpoints"
    icon = "link-external"
    menu_label = _("Points de terminaison des webhooks")
    add_to_settings_menu = True
    index_view_class = EndpointIndexView
    inspect_view_class = EndpointInspectView
    inspect_view_enabled = True
    inspect_view_fields = ["name", "url", "active", "events", "secret", "created_at", "updated_at"]
    copy_view_enabled = False
    list_display = ["name", "url", "active", "updated_at"]
    list_filter = ["active"]
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("url"), FieldPanel("events"), FieldPanel("active")],
        base_form_class=WebhookEndpointForm,
    )


# --- Delivery log ----------------------------------------------------------------------------


class DeliveryIndexView(generic.IndexView):
    queryset = WebhookDelivery.objects.select_related("endpoint")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.can_be_resent and can_change_endpoints(self.request.user):
            buttons.append(
                ListingButton(
                    _("Renvoyer"),
                    reverse("webhooks_resend_delivery", args=[instance.pk]),
                    icon_name="redirect",
                )
            )
        return buttons


class DeliveryInspectView(generic.InspectView):
    def get_payload_display_value(self):
        return format_html(
            "<pre>{}</pre>", json.dumps(self.object.payload, ensure_ascii=False, indent=2)
        )

    def get_history_display_value(self):
        if not self.object.history:
            return "—"
        return format_html(
            "<ol>{}</ol>",
            format_html_join(
                "",
                "<li>{} — {}</li>",
                (
                    (
                        entry.get("at", ""),
                        _("renvoi demandé par %(user)s") % {"user": entry["resentBy"] or "—"}
                        if "resentBy" in entry
                        else entry.get("statusCode") or entry.get("error") or "—",
                    )
                    for entry in self.object.history
                ),
            ),
        )

    def get_last_response_excerpt_display_value(self):
        return format_html("<pre>{}</pre>", self.object.last_response_excerpt or "—")

    @property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.can_be_resent and can_change_endpoints(self.request.user):
            buttons.append(
                HeaderButton(
                    _("Renvoyer"),
                    url=reverse("webhooks_resend_delivery", args=[self.object.pk]),
                    icon_name="redirect",
                )
            )
        return buttons


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    name = "webhook_deliveries"
    icon = "list-ul"
    menu_label = _("Journal des envois")
    add_to_settings_menu = True
    index_view_class = DeliveryIndexView
    inspect_view_class = DeliveryInspectView
    inspect_view_enabled = True
    inspect_view_fields = [
        "endpoint",
        "event",
        "status",
        "message_id",
        "attempts",
        "last_status_code",
        "last_error",
        "last_response_excerpt",
        "next_attempt_at",
        "delivered_at",
        "created_at",
        "history",
        "payload",
    ]
    copy_view_enabled = False
    list_display = [
        "created_at",
        "endpoint",
        "event",
        StatusTagColumn(
            "status",
            label=_("État"),
            accessor="get_status_display",
            primary=lambda delivery: delivery.status == DeliveryStatus.SUCCEEDED,
        ),
        "attempts",
        "last_status_code",
        "next_attempt_at",
    ]
    list_filter = ["endpoint", "status", "event"]
    form_fields = []


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [WebhookEndpointViewSet(), WebhookDeliveryViewSet()]


@hooks.register("register_admin_urls")
def webhooks_admin_urls():
    return [
        path(
            "webhooks/points/<int:pk>/secret/",
            views.regenerate_secret,
            name="webhooks_regenerate_secret",
        ),
        path(
            "webhooks/envois/<int:pk>/renvoyer/",
            views.resend_delivery,
            name="webhooks_resend_delivery",
        ),
    ]
