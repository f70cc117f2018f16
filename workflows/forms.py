"""The forms that check a contribution sent through the API. They are ModelForms on the page
models, so each field is checked by its model field exactly as in the admin's edit form (length,
choices, URL, validators, the model's `clean()`); only the French messages are the API's, and
codes are REQUIRED or INVALID."""

import functools
import re

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags

# Fields whose markup is removed before any check, so that script or HTML is neutralised.
PLAIN_FIELDS = ("title", "summary", "organisation", "authors")

MESSAGES = {
    "title": {
        "required": "Le titre est obligatoire.",
        "max_length": "Le titre ne dépasse pas %(limit_value)d caractères.",
    },
    "summary": {
        "required": "Le résumé est obligatoire.",
        "max_length": "Le résumé ne dépasse pas %(limit_value)d caractères.",
    },
    "participation_level": {
        "required": "Le niveau de participation est obligatoire (1 à 8).",
        "invalid_choice": "Le niveau de participation va de 1 (manipulation) à 8 (contrôle citoyen).",
        "invalid": "Le niveau de participation va de 1 (manipulation) à 8 (contrôle citoyen).",
    },
    "resource_type": {
        "required": "Type de ressource attendu : study, guide, tool, article ou video.",
        "invalid_choice": "Type de ressource attendu : study, guide, tool, article ou video.",
    },
    "external_url": {
        "required": "Indiquez le lien (http:// ou https://) vers la ressource.",
        "invalid": "Indiquez le lien (http:// ou https://) vers la ressource.",
    },
    "organisation": {"max_length": "L'organisme tient en %(limit_value)d caractères au plus."},
    "authors": {"max_length": "Les auteurs tiennent en %(limit_value)d caractères au plus."},
}

FIELDS = {
    "inspiration.experiencepage": ("title", "summary", "participation_level"),
    "inspiration.resourcepage": (
        "title",
        "summary",
        "resource_type",
        "external_url",
        "organisation",
        "authors",
    ),
}


def plain_text(value):
    """Text without markup: tags and control characters removed."""
    text = strip_tags(value or "")
    text = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", text)
    return text.strip()


class SubmissionForm(forms.ModelForm):
    """Bound to the given input; for an update (`partial`), fields left out keep the page's
    current values and are checked again with them."""

    def __init__(self, data, *, instance, partial=False):
        fields = self._meta.fields
        given = {name: data[name] for name in fields if name in data}
        if partial:
            given = {**{name: getattr(instance, name) for name in fields}, **given}
        for name in PLAIN_FIELDS:
            if name in given:
                given[name] = plain_text(given[name])
        if given.get("resource_type"):
            given["resource_type"] = str(given["resource_type"]).lower()
        super().__init__({k: "" if v is None else v for k, v in given.items()}, instance=instance)
        if "external_url" in self.fields:
            # A link or a file: the link is required unless a file comes with the input or is there.
            has_file = bool(data.get("document")) or bool(getattr(instance, "document_id", None))
            self.fields["external_url"].required = not has_file

    def validated(self):
        """The instance with the input applied, or ValidationError with REQUIRED/INVALID codes."""
        if not self.is_valid():
            raise ValidationError(
                {
                    field: [
                        ValidationError(
                            " ".join(error.messages),
                            code="required" if error.code == "required" else "invalid",
                        )
                        for error in errors
                    ]
                    for field, errors in self.errors.as_data().items()
                }
            )
        return self.save(commit=False)


def _form_field(model_field, **kwargs):
    if isinstance(model_field, models.URLField):
        kwargs["assume_scheme"] = "https"  # Django 6's default, without the warning
    return model_field.formfield(**kwargs)


@functools.cache
def submission_form(page_class):
    """The form for a kind of contribution (experience or resource)."""
    fields = FIELDS[page_class._meta.label_lower]
    return forms.modelform_factory(
        page_class,
        form=SubmissionForm,
        fields=fields,
        formfield_callback=_form_field,
        error_messages={name: MESSAGES[name] for name in fields if name in MESSAGES},
    )
