"""Read-only panels of the shared project's edit form: who takes part, without leaving the page."""

from django.urls import reverse
from wagtail.admin.panels import Panel


class EnrollmentsPanel(Panel):
    """The collectivités enrolled in the project: participants (against its capacity), observers
    and the waiting list in its order. Enrolments are changed through Participation → Inscriptions
    or the API, never here."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "projects/admin/enrollments_panel.html"

        def get_context_data(self, parent_context=None):
            from projects.models import Enrollment

            context = super().get_context_data(parent_context)
            project = self.instance
            enrollments = []
            if project.pk:
                enrollments = list(
                    Enrollment.objects.filter(project=project)
                    .exclude(status=Enrollment.Status.WITHDRAWN)
                    .select_related("local_authority")
                    .order_by("position", "created_at", "pk")
                )
            confirmed = [e for e in enrollments if e.status == Enrollment.Status.CONFIRMED]
            context.update(
                {
                    "participants": [e for e in confirmed if e.role == Enrollment.Role.PARTICIPANT],
                    "observers": [e for e in confirmed if e.role == Enrollment.Role.OBSERVER],
                    "waiting": [e for e in enrollments if e.status == Enrollment.Status.WAITING],
                    "capacity": project.participant_capacity,
                    "listing_url": reverse("wagtailsnippets_projects_enrollment:list")
                    + (f"?project={project.pk}" if project.pk else ""),
                }
            )
            return context
