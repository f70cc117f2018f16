"""Numbers, amounts and dates as a French reader expects them in the admin (issue #17): « 100 000 € »,
« 1er avril 2021 », « 1er avril 2021 à 14:30 » (Europe/Paris).

Django's French formats give the separators (a no-break space between thousands, a comma before
decimals) but no ordinal: its `j F Y` writes « 1 avril 2021 ». These helpers add « 1er » and are
used by the admin's listing cells, date tooltips, reports and error messages (template filters in
cms/templatetags/french_formats.py)."""

import datetime
from decimal import Decimal

from django.utils import formats, timezone

NO_BREAK_SPACE = "\N{NO-BREAK SPACE}"


def french_number(value, decimal_places=None):
    """`12345` → « 12 345 », `Decimal("1234.5")` → « 1 234,50 » (two places when not whole)."""
    if isinstance(value, Decimal | float) and decimal_places is None:
        decimal_places = 0 if value == int(value) else 2
    return formats.number_format(
        value, decimal_pos=decimal_places, use_l10n=True, force_grouping=True
    )


def french_amount(value):
    """An amount in euros: « 100 000 € », « 1 234,50 € »."""
    if value is None or value == "":
        return ""
    return f"{french_number(Decimal(str(value)))}{NO_BREAK_SPACE}€"


def french_date(value):
    """« 1er avril 2021 », « 2 avril 2021 »: the day, the month in words, the year."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {formats.date_format(value, 'F Y')}"


def french_datetime(value):
    """« 1er avril 2021 à 14:30 », in the project's time zone (Europe/Paris)."""
    if value is None or value == "":
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{french_date(value)} à {value:%H:%M}"


def french_value(value):
    """What a listing cell shows: dates and numbers in French, anything else unchanged."""
    if isinstance(value, bool):
        return value
    if isinstance(value, datetime.datetime):
        return french_datetime(value)
    if isinstance(value, datetime.date):
        return french_date(value)
    if isinstance(value, int | float | Decimal):
        return french_number(value)
    return value


# Wagtail prints an integer cell unlocalised (years, positions, ids). From five digits on it is a
# quantity (a population) and reads « 59 193 »; a year never has five digits.
GROUPED_FROM = 10_000


def french_cell(value, raw_value=None):
    """A listing cell: `value` is what Wagtail prepared, `raw_value` the field's own value."""
    if isinstance(raw_value, int) and not isinstance(raw_value, bool):
        return french_number(raw_value) if abs(raw_value) >= GROUPED_FROM else value
    return french_value(value)
