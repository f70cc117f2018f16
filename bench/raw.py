"""The floor: one hand-written SQL query, serialised as JSON by a plain Django view."""

import json

from django.db import connection
from django.http import HttpResponse

SQL = """
SELECT p.id, p.title, p.url_path, p.first_published_at, i.file,
       (SELECT GROUP_CONCAT(t.name, '|') FROM inspiration_experiencepage_themes et
          JOIN cms_theme t ON t.id = et.theme_id WHERE et.experiencepage_id = p.id) AS themes,
       (SELECT GROUP_CONCAT(la.name, '|') FROM inspiration_experiencelocalauthority el
          JOIN cms_localauthority la ON la.id = el.local_authority_id WHERE el.page_id = p.id) AS authorities
FROM wagtailcore_page p
JOIN inspiration_experiencepage e ON e.page_ptr_id = p.id
LEFT JOIN wagtailimages_image i ON i.id = e.image_id
WHERE p.live
ORDER BY p.first_published_at DESC, p.id DESC
LIMIT %s
"""


def listing(request):
    limit = min(int(request.GET.get("limit", 20)), 100)
    sql = (
        SQL
        if connection.vendor == "sqlite"
        else SQL.replace("GROUP_CONCAT(t.name, '|')", "STRING_AGG(t.name, '|')").replace(
            "GROUP_CONCAT(la.name, '|')", "STRING_AGG(la.name, '|')"
        )
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [limit])
        rows = cursor.fetchall()
    items = [
        {
            "id": row[0],
            "title": row[1],
            "url": row[2],
            "date": str(row[3]),
            "image": row[4],
            "themes": (row[5] or "").split("|"),
            "authorities": (row[6] or "").split("|"),
        }
        for row in rows
    ]
    return HttpResponse(json.dumps(items, ensure_ascii=False), content_type="application/json")
