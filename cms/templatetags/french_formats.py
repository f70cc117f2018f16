"""French dates, numbers and amounts in the admin's templates (see cms/admin_formats.py)."""

from django import template

from cms import admin_formats

register = template.Library()

register.filter("french_date", admin_formats.french_date)
register.filter("french_datetime", admin_formats.french_datetime)
register.filter("french_amount", admin_formats.french_amount)
register.filter("french_number", admin_formats.french_number)
register.filter("french_value", admin_formats.french_value)
register.filter("french_cell", admin_formats.french_cell)


@register.filter
def french_date_or_datetime(value):
    """A date tooltip: the day alone for a date, the day and the time for a datetime."""
    import datetime

    if isinstance(value, datetime.datetime):
        return admin_formats.french_datetime(value)
    return admin_formats.french_date(value)
