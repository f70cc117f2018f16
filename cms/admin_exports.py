"""Admin listings exported for French Excel (issue #17): XLSX, or CSV in UTF-8 with a BOM and `;`
(what Excel opens in a French locale without an import dialog); French column headings; choice
labels instead of codes (`participant` → « Partie prenante »); times in Europe/Paris without
microseconds; file names dated like `inscriptions-2026-11-30.csv`.

A snippet viewset uses it with `index_view_class = FrenchExportIndexView` and its own
`export_filename` and `export_headings` (Wagtail's extension points for exports)."""

import codecs
import csv
import datetime
from decimal import Decimal

from django.utils import timezone
from django.utils.encoding import force_str
from wagtail.admin.views.mixins import Echo
from wagtail.coreutils import multigetattr
from wagtail.snippets.views.snippets import IndexView

CSV_DELIMITER = ";"
EXCEL_DATETIME_FORMAT = "dd/mm/yyyy hh:mm:ss"
EXCEL_DATE_FORMAT = "dd/mm/yyyy"


def local_datetime(value):
    """A naive Europe/Paris datetime, to the second (what a person reads in Excel)."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(microsecond=0, tzinfo=None)


def decimal_comma(value):
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def csv_value(value):
    if isinstance(value, datetime.datetime):
        return local_datetime(value).strftime("%d/%m/%Y %H:%M:%S")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool):
        return "oui" if value else "non"
    if value is None:
        return ""
    if isinstance(value, Decimal | float):
        # French Excel reads « 12,5 » as a number, « 12.5 » as text.
        return decimal_comma(value)
    if isinstance(value, list | tuple):
        return ", ".join(force_str(item) for item in value)
    return force_str(value)


def xlsx_value(value):
    if isinstance(value, datetime.datetime):
        return local_datetime(value)
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, list | tuple):
        return ", ".join(force_str(item) for item in value)
    if value is None or isinstance(value, int | float | datetime.date):
        return value
    return force_str(value)


class FrenchExportMixin:
    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, item):
        row = {}
        for field in self.list_export:
            # The label of a choice, not its code.
            display = f"get_{field}_display"
            if "." not in field and hasattr(item, display):
                row[field] = getattr(item, display)()
            else:
                row[field] = multigetattr(item, field)
        return row

    def stream_csv(self, queryset):
        writer = csv.writer(Echo(), delimiter=CSV_DELIMITER)
        yield codecs.BOM_UTF8
        yield writer.writerow([self.get_heading(queryset, field) for field in self.list_export])
        for item in queryset:
            row = self.to_row_dict(item)
            yield writer.writerow([csv_value(row[field]) for field in self.list_export])

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def write_xlsx(self, queryset, output):
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell

        workbook = Workbook(write_only=True)
        worksheet = workbook.create_sheet(
            title=force_str(
                getattr(self, "export_sheet_title", None) or self.model._meta.verbose_name_plural
            )[:31]
        )
        worksheet.append([self.get_heading(queryset, field) for field in self.list_export])
        for item in queryset:
            row = self.to_row_dict(item)
            cells = []
            for field in self.list_export:
                value = xlsx_value(row[field])
                cell = WriteOnlyCell(worksheet, value)
                if cell.data_type == "f":  # never a formula from the data
                    cell.data_type = "s"
                if isinstance(value, datetime.datetime):
                    cell.number_format = EXCEL_DATETIME_FORMAT
                elif isinstance(value, datetime.date):
                    cell.number_format = EXCEL_DATE_FORMAT
                cells.append(cell)
            worksheet.append(cells)
        workbook.save(output)


class FrenchExportIndexView(FrenchExportMixin, IndexView):
    pass
