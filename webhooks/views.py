"""Admin actions on the webhooks: regenerate an endpoint's secret, resend a delivery."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.permissions import policy_registry

from cms.services import ServiceError
from webhooks import services
from webhooks.models import WebhookDelivery, WebhookEndpoint


def _require(user, action):
    if not policy_registry.get_by_type(WebhookEndpoint).user_has_permission(user, action):
        raise PermissionDenied


def regenerate_secret(request, pk):
    _require(request.user, "change")
    endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
    if request.method == "POST":
        services.regenerate_secret(endpoint)
        messages.success(
            request,
            _(
                "Nouveau secret pour « %(name)s » : donnez-le au destinataire, l'ancien ne vaut plus."
            )
            % {"name": endpoint.name},
        )
        return redirect("webhook_endpoints:inspect", endpoint.pk)
    return TemplateResponse(
        request,
        "webhooks/admin/confirm.html",
        {
            "page_title": _("Régénérer le secret"),
            "header_title": _("Régénérer le secret de « %(name)s »") % {"name": endpoint.name},
            "message": _(
                "Les prochains envois seront signés avec un nouveau secret. Le destinataire refusera "
                "tout envoi tant qu'il n'aura pas reçu ce nouveau secret."
            ),
            "confirm_label": _("Régénérer le secret"),
            "cancel_url": reverse("webhook_endpoints:inspect", args=[endpoint.pk]),
        },
    )


def resend_delivery(request, pk):
    _require(request.user, "change")
    delivery = get_object_or_404(WebhookDelivery.objects.select_related("endpoint"), pk=pk)
    if request.method == "POST":
        try:
            with transaction.atomic():
                services.resend(delivery, request.user)
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("Le message %(id)s repart vers « %(endpoint)s ».")
                % {"id": delivery.message_id, "endpoint": delivery.endpoint},
            )
        return redirect("webhook_deliveries:inspect", delivery.pk)
    return TemplateResponse(
        request,
        "webhooks/admin/confirm.html",
        {
            "page_title": _("Renvoyer"),
            "header_title": _("Renvoyer le message %(id)s") % {"id": delivery.message_id},
            "message": _(
                "Le message repart vers « %(endpoint)s » avec le même identifiant (webhook-id) et "
                "une nouvelle série d'essais."
            )
            % {"endpoint": delivery.endpoint},
            "confirm_label": _("Renvoyer"),
            "cancel_url": reverse("webhook_deliveries:inspect", args=[delivery.pk]),
        },
    )
