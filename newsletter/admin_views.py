"""Admin views of the newsletter: subscribers (counts per segment, CSV, RGPD), preview, test,
sending and its progress. Each view checks a model permission and calls the services."""

import csv
import json

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from cms.services import ServiceError
from inspiration.models import NewsletterPage
from newsletter import tasks
from newsletter.models import Sending, Subscriber
from newsletter.services import rendering, segments, subscriptions
from newsletter.services import sending as sendings

CSV_HEADERS = [
    "Adresse",
    "Statut",
    "Lettre mensuelle",
    "Nouvelles des projets",
    "Agenda",
    "Consentement le",
    "Source du consentement",
    "Version du texte",
    "Confirmé le",
    "Désinscrit le",
    "Collectivités",
]


def _require(request, codename):
    if not request.user.has_perm(f"newsletter.{codename}"):
        raise PermissionDenied


def _date(value):
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


def subscribers_view(request):
    _require(request, "view_subscriber")
    query = request.GET.get("q", "").strip()
    listed = Subscriber.objects.all()
    if query:
        listed = listed.filter(email__icontains=query)
    by_status = dict(
        Subscriber.objects.values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    return TemplateResponse(
        request,
        "newsletter/admin/subscribers.html",
        {
            "page_title": "Abonnés à la lettre d'information",
            "header_title": "Abonnés à la lettre d'information",
            "statuses": [
                (label, by_status.get(value, 0)) for value, label in Subscriber.Status.choices
            ],
            "segments": segments.counts(),
            "subscribers": listed[:200],
            "total": listed.count(),
            "query": query,
        },
    )


def subscribers_csv_view(request):
    """Every subscriber, for a spreadsheet: UTF-8 with BOM, `;`, French headers."""
    _require(request, "view_subscriber")
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="abonnes-lettre-d-information.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(CSV_HEADERS)
    yes = {True: "oui", False: "non"}
    rows = Subscriber.objects.prefetch_related("user__authority_memberships__local_authority")
    for subscriber in rows.order_by("email").iterator(chunk_size=2000):
        authorities = (
            ", ".join(m.local_authority.name for m in subscriber.user.authority_memberships.all())
            if subscriber.user
            else ""
        )
        writer.writerow(
            [
                subscriber.email,
                subscriber.get_status_display(),
                yes[subscriber.wants_newsletter],
                yes[subscriber.wants_project_digests],
                yes[subscriber.wants_agenda],
                _date(subscriber.consent_at),
                subscriber.consent_source,
                subscriber.consent_text_version,
                _date(subscriber.confirmed_at),
                _date(subscriber.unsubscribed_at),
                authorities,
            ]
        )
    return response


def subscriber_view(request, pk):
    """One subscriber: its record, RGPD export and erasure, hard bounce."""
    _require(request, "view_subscriber")
    subscriber = get_object_or_404(Subscriber, pk=pk)
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "export" or request.GET.get("export"):
        response = HttpResponse(
            json.dumps(subscriptions.export_data(subscriber), ensure_ascii=False, indent=2),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="abonne-{subscriber.pk}.json"'
        return response
    if action == "bounce":
        _require(request, "change_subscriber")
        subscriptions.mark_bounced(subscriber, "Marqué par " + str(request.user))
        messages.success(request, "L'adresse ne recevra plus rien (échec définitif).")
        return redirect("newsletter_subscriber", pk=pk)
    if action == "erase":
        _require(request, "delete_subscriber")
        subscriptions.erase(subscriber)
        messages.success(request, "L'adresse et ses envois sont effacés.")
        return redirect("newsletter_subscribers")
    return TemplateResponse(
        request,
        "newsletter/admin/subscriber.html",
        {
            "page_title": subscriber.email,
            "header_title": subscriber.email,
            "subscriber": subscriber,
            "data": subscriptions.export_data(subscriber),
        },
    )


def preview_view(request, page_id):
    _require(request, "add_sending")
    edition = get_object_or_404(NewsletterPage, pk=page_id)
    rendered = rendering.render(edition, utm=bool(request.GET.get("utm")))
    if request.GET.get("format") == "text":
        return HttpResponse(rendered.text, content_type="text/plain; charset=utf-8")
    return HttpResponse(rendered.html)


class SendForm(forms.Form):
    segment = forms.ChoiceField(label="Segment")
    utm = forms.BooleanField(
        label="Ajouter les paramètres UTM aux liens vers le site", required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["segment"].choices = [
            (value, f"{label} ({count})") for value, label, count in segments.counts()
        ]


def send_view(request, page_id):
    """Preview, « M'envoyer un test », then send the edition to a segment."""
    _require(request, "add_sending")
    edition = get_object_or_404(NewsletterPage, pk=page_id)
    form = SendForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        utm = form.cleaned_data["utm"]
        try:
            if request.POST.get("action") == "test":
                sendings.send_test(edition, request.user.email, utm=utm)
                messages.success(request, f"Un test est parti vers {request.user.email}.")
                return redirect("newsletter_send", page_id=page_id)
            with transaction.atomic():
                sending = sendings.plan(
                    edition, form.cleaned_data["segment"], user=request.user, utm=utm
                )
                tasks.start(sending)
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request, f"Envoi lancé vers {sending.recipients} adresses : suivez-le ci-dessous."
            )
            return redirect("newsletter_sendings")
    return TemplateResponse(
        request,
        "newsletter/admin/send.html",
        {
            "page_title": f"Envoyer « {edition.title} »",
            "header_title": f"Envoyer « {edition.title} »",
            "edition": edition,
            "form": form,
            "previous": Sending.objects.filter(edition=edition),
        },
    )


def sendings_view(request):
    """Every sending: who decided it, when, to whom, and how far it went."""
    _require(request, "view_sending")
    listed = (
        Sending.objects.select_related("edition", "created_by")
        .annotate(
            sent=Count("deliveries", filter=Q(deliveries__status="sent")),
            failed=Count("deliveries", filter=Q(deliveries__status="failed")),
            skipped=Count("deliveries", filter=Q(deliveries__status="skipped")),
            uncertain=Count("deliveries", filter=Q(deliveries__status="uncertain")),
        )
        .order_by("-created_at")[:100]
    )
    rows = [(sending, segments.label(sending.segment)) for sending in listed]
    return TemplateResponse(
        request,
        "newsletter/admin/sendings.html",
        {
            "page_title": "Envois de la lettre d'information",
            "header_title": "Envois de la lettre d'information",
            "rows": rows,
            "running": any(s.status != Sending.Status.DONE for s, _ in rows),
            "can_send": request.user.has_perm("newsletter.add_sending"),
        },
    )


def resend_uncertain_view(request, pk):
    """Send again, on an editor's explicit request, the messages a dead worker left uncertain."""
    _require(request, "add_sending")
    sending = get_object_or_404(Sending.objects.select_related("edition"), pk=pk)
    if request.method != "POST":
        return redirect("newsletter_sendings")
    try:
        with transaction.atomic():
            count = sendings.resend_uncertain(sending, user=request.user)
            tasks.start(sending)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            f"{count} remises incertaines renvoyées : certaines adresses recevront peut-être "
            "la lettre deux fois.",
        )
    return redirect("newsletter_sendings")
