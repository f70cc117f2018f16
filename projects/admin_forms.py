"""The shared project's admin form: one message when the capacity is refused, stating the one
minimum that applies (3, or the number of participants already confirmed), never two that
contradict each other (« au moins 3 » then « au moins 4 »)."""

from django.core.exceptions import ValidationError
from wagtail.admin.forms import WagtailAdminPageForm


class SharedProjectPageForm(WagtailAdminPageForm):
    def clean_participant_capacity(self):
        from projects.services import capacity_refusal

        capacity = self.cleaned_data.get("participant_capacity")
        confirmed = self.instance.confirmed_participant_count() if self.instance.pk else 0
        if refusal := capacity_refusal(capacity, confirmed):
            # The field then skips the model's own validators: this message is the only one.
            raise ValidationError(refusal.message, code=refusal.code.lower())
        return capacity
