"""Months as the first day of the month: one theme and one newsletter per month."""


def first_of_month(value):
    return value.replace(day=1) if value else value
