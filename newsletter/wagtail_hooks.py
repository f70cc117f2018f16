from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.widgets import Button

from inspiration.models import NewsletterPage
from newsletter import admin_views
from newsletter.services.sending import RESEND_UNCERTAIN_ACTION, SEND_ACTION


@hooks.register("register_admin_urls")
def newsletter_admin_urls():
    return [
        path("lettre/abonnes/", admin_views.subscribers_view, name="newsletter_subscribers"),
        path(
            "lettre/abonnes/export.csv",
            admin_views.subscribers_csv_view,
            name="newsletter_subscribers_csv",
        ),
        path("lettre/abonnes/<int:pk>/", admin_views.subscriber_view, name="newsletter_subscriber"),
        path("lettre/envois/", admin_views.sendings_view, name="newsletter_sendings"),
        path(
            "lettre/envois/<int:pk>/renvoyer-incertains/",
            admin_views.resend_uncertain_view,
            name="newsletter_resend_uncertain",
        ),
        path(
            "lettre/editions/<int:page_id>/apercu/",
            admin_views.preview_view,
            name="newsletter_preview",
        ),
        path(
            "lettre/editions/<int:page_id>/envoyer/",
            admin_views.send_view,
            name="newsletter_send",
        ),
    ]


class PermittedItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_admin_menu_item")
def newsletter_menu():
    menu = Menu(
        items=[
            PermittedItem(
                "Abonnés",
                reverse("newsletter_subscribers"),
                icon_name="group",
                order=10,
                permission="newsletter.view_subscriber",
            ),
            PermittedItem(
                "Envois",
                reverse("newsletter_sendings"),
                icon_name="mail",
                order=20,
                permission="newsletter.view_sending",
            ),
        ]
    )
    return SubmenuMenuItem("Lettre d'information", menu, icon_name="mail", order=350)


@hooks.register("register_page_header_buttons")
def newsletter_buttons(page, user, view_name, next_url=None):
    if page.specific_class is NewsletterPage and user.has_perm("newsletter.add_sending"):
        yield Button(
            "Aperçu du courriel",
            reverse("newsletter_preview", args=[page.pk]),
            icon_name="view",
            priority=80,
            attrs={"target": "_blank", "rel": "noopener"},
        )
        yield Button(
            "Tester et envoyer",
            reverse("newsletter_send", args=[page.pk]),
            icon_name="mail",
            priority=81,
        )


@hooks.register("register_log_actions")
def newsletter_log_actions(actions):
    actions.register_action(
        SEND_ACTION, "Envoyer la lettre d'information", "Lettre d'information envoyée"
    )
    actions.register_action(
        RESEND_UNCERTAIN_ACTION,
        "Renvoyer les remises incertaines",
        "Remises incertaines de la lettre renvoyées",
    )
