"""Validators of official French codes (Code officiel géographique, SIREN)."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

COMMUNE_CODE = re.compile(r"^(?:(?!00)\d{5}|2[AB]\d{3})\Z")
# Corsica has been 2A / 2B since 1976: "20" is no longer a département.
DEPARTMENT_CODE = re.compile(r"^(?:0[1-9]|1\d|2[1-9]|[3-8]\d|9[0-5]|2[AB]|97[1-8]|98[4-9])\Z")
REGION_CODE = re.compile(r"^(?:0[1-6]|[1-9]\d|97[1-8]|98[4-9])\Z")
SIREN_CODE = re.compile(r"^\d{9}\Z")

CODE_PATTERNS = {
    "commune": (COMMUNE_CODE, _("un code INSEE de commune à 5 caractères (ex. 56243, 2A004)")),
    "epci": (SIREN_CODE, _("un numéro SIREN à 9 chiffres (ex. 244400404)")),
    "departement": (DEPARTMENT_CODE, _("un code de département (ex. 87, 2A, 971)")),
    "region": (REGION_CODE, _("un code de région (ex. 75, 11)")),
}


def validate_official_code(kind, code):
    """Raise a ValidationError naming the expected format when `code` does not fit `kind`."""
    pattern, expected = CODE_PATTERNS[kind]
    if not pattern.match(code or ""):
        raise ValidationError(
            _("Code officiel « %(code)s » invalide : attendu %(expected)s."),
            code="invalid_official_code",
            params={"code": code, "expected": expected},
        )
