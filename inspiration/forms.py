"""Admin forms of the inspiration pages."""

from wagtail.admin.forms import WagtailAdminPageForm


class ExperiencePageForm(WagtailAdminPageForm):
    """A contributor creating an experience finds her own collectivité already chosen.

    Only on the blank form shown before the first save: a bound form keeps what was sent, and an
    existing page keeps its collectivités. The preselection is an initial value of the blank
    form, so a posted form still carries it as data and the link is saved like a chosen one."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        user = self.for_user
        if self.is_bound or self.instance.pk or user is None or not user.is_authenticated:
            return
        authority_ids = list(
            user.authority_memberships.filter(status="approved")
            .order_by("local_authority__name")
            .values_list("local_authority_id", flat=True)
        )
        formset = self.formsets.get("authority_links")
        if formset is not None and len(authority_ids) == 1:
            formset.initial_extra = [{"local_authority": authority_ids[0]}]
