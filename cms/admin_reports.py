"""Wagtail's own reports (pages verrouillées, circuits de validation, historique du site, pages
anciennes) exported for French Excel like our listings (`cms.admin_exports`): CSV with a BOM and
`;`, XLSX, French column headings, Europe/Paris times to the second, dated French file names.

Wagtail's report views are subclassed (its extension point: `export_headings`,
`custom_field_preprocess`, `get_filename`, `index_url_name`), served under /admin/rapports/ by the
`register_admin_urls` hook, and the « Rapports » menu points to them (`construct_reports_menu`)."""

from django.urls import path
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.workflows import WorkflowTasksView, WorkflowView
from wagtail.coreutils import multigetattr

from cms.admin_exports import FrenchExportMixin

PAGE_TYPE = "content_type.model_class._meta.verbose_name.title"


class FrenchReportMixin(FrenchExportMixin):
    """Our export format, with the labels Wagtail's report computes (action, content type…)."""

    export_sheet_title = "Rapport"

    def get_heading(self, queryset, field):
        return self.export_headings.get(field) or super().get_heading(queryset, field)

    def to_row_dict(self, item):
        row = {}
        for field in self.list_export:
            value = multigetattr(item, field)
            label = self.custom_field_preprocess.get(field, {}).get(self.FORMAT_CSV)
            row[field] = label(value) if label else value
        return row


class FrenchLockedPagesView(FrenchReportMixin, LockedPagesView):
    export_filename = "pages-verrouillees"
    export_sheet_title = "Pages verrouillées"
    index_url_name = "cms_report_locked_pages"
    index_results_url_name = "cms_report_locked_pages_results"
    export_headings = {
        "title": "Titre",
        "latest_revision_created_at": "Dernière modification",
        "status_string": "Statut",
        PAGE_TYPE: "Type de page",
        "locked_at": "Verrouillée le",
        "locked_by": "Verrouillée par",
    }


class FrenchWorkflowView(FrenchReportMixin, WorkflowView):
    export_filename = "circuits-de-validation"
    export_sheet_title = "Circuits de validation"
    index_url_name = "cms_report_workflow"
    index_results_url_name = "cms_report_workflow_results"
    export_headings = {
        "workflow": "Circuit de validation",
        "content_object.pk": "Identifiant",
        "content_type": "Type",
        "content_object": "Titre",
        "get_status_display": "Statut",
        "requested_by": "Demandé par",
        "created_at": "Commencé le",
    }


class FrenchWorkflowTasksView(FrenchReportMixin, WorkflowTasksView):
    export_filename = "etapes-de-validation"
    export_sheet_title = "Étapes de validation"
    index_url_name = "cms_report_workflow_tasks"
    index_results_url_name = "cms_report_workflow_tasks_results"
    export_headings = {
        "task": "Étape",
        "workflow_state.content_object.pk": "Identifiant",
        "workflow_state.content_type": "Type",
        "workflow_state.content_object.__str__": "Titre",
        "get_status_display": "Statut",
        "workflow_state.requested_by": "Demandé par",
        "started_at": "Commencée le",
        "finished_at": "Terminée le",
        "finished_by": "Terminée par",
    }


class FrenchSiteHistoryView(FrenchReportMixin, LogEntriesView):
    export_filename = "historique-du-site"
    export_sheet_title = "Historique du site"
    index_url_name = "cms_report_site_history"
    index_results_url_name = "cms_report_site_history_results"
    export_headings = {
        "object_id": "Identifiant",
        "label": "Nom",
        "content_type": "Type",
        "action": "Action",
        "user_display_name": "Utilisateur ou utilisatrice",
        "timestamp": "Date et heure",
    }


class FrenchAgingPagesView(FrenchReportMixin, AgingPagesView):
    export_filename = "pages-anciennes"
    export_sheet_title = "Pages anciennes"
    index_url_name = "cms_report_aging_pages"
    index_results_url_name = "cms_report_aging_pages_results"
    export_headings = {
        "title": "Titre",
        "status_string": "Statut",
        "last_published_at": "Dernière publication",
        "last_published_by_user": "Publiée par",
        "content_type": "Type",
    }


# Wagtail's reports menu item name → (our path, our view).
REPORTS = {
    "locked-pages": ("pages-verrouillees", FrenchLockedPagesView),
    "workflows": ("circuits-de-validation", FrenchWorkflowView),
    "workflow-tasks": ("etapes-de-validation", FrenchWorkflowTasksView),
    "site-history": ("historique-du-site", FrenchSiteHistoryView),
    "aging-pages": ("pages-anciennes", FrenchAgingPagesView),
}


def urlpatterns():
    patterns = []
    for slug, view in REPORTS.values():
        patterns += [
            path(f"rapports/{slug}/", view.as_view(), name=view.index_url_name),
            path(
                f"rapports/{slug}/resultats/",
                view.as_view(results_only=True),
                name=view.index_results_url_name,
            ),
        ]
    return patterns
