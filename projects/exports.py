"""Open-data exports (CSV and JSON) of published experiences, shared projects and action-plan
progress, each with a documented schema (`SCHEMAS`, also served at `…/schema.json`).

Only live, public pages are exported; no personal data (contacts' names and e-mails are left
out). CSV: UTF-8 with BOM, comma-separated, one header row of the field names below; lists are
joined with « | ». JSON: `{"schema": {...}, "data": [...]}`.
"""

import csv
import io
import json

from django.http import Http404, HttpResponse

from cms.visibility import front_end_url, visible_pages
from projects.models import ActionPlanPage, Enrollment, SharedProjectPage

SCHEMAS = {
    "experiences": {
        "title": "Expériences territoriales de participation citoyenne",
        "fields": [
            ("id", "integer", "Identifiant stable de l'expérience."),
            ("title", "string", "Titre."),
            ("url", "string", "Adresse de l'expérience sur la plateforme."),
            ("summary", "string", "Résumé."),
            (
                "participation_level",
                "integer",
                "Niveau de participation (échelle d'Arnstein, 1 à 8).",
            ),
            ("period_start", "date", "Début (AAAA-MM-JJ)."),
            ("period_end", "date", "Fin (AAAA-MM-JJ), vide si en cours."),
            ("local_authorities", "string[]", "Collectivités, par nom."),
            (
                "local_authority_codes",
                "string[]",
                "Codes officiels (INSEE ou SIREN) des collectivités.",
            ),
            ("themes", "string[]", "Thématiques."),
            ("territory_types", "string[]", "Types de territoire (QPV, Villes, Ruralités)."),
            ("first_published_at", "datetime", "Première publication (ISO 8601)."),
        ],
    },
    "projets-partages": {
        "title": "Projets partagés",
        "fields": [
            ("id", "integer", "Identifiant stable du projet."),
            ("title", "string", "Titre."),
            ("url", "string", "Adresse du projet sur la plateforme."),
            ("theme", "string", "Thématique."),
            ("status", "string", "recruiting, in_progress, completed ou cancelled."),
            ("start_date", "date", "Début."),
            ("end_date", "date", "Fin."),
            ("participant_capacity", "integer", "Places de parties prenantes (3 à 5)."),
            ("participants", "string[]", "Collectivités parties prenantes."),
            ("participant_codes", "string[]", "Codes officiels des parties prenantes."),
            ("observers_count", "integer", "Nombre de collectivités observatrices."),
            ("waiting_count", "integer", "Nombre de collectivités en liste d'attente."),
            ("current_stage", "string", "Étape en cours."),
        ],
    },
    "avancement-plans-action": {
        "title": "Avancement des plans d'action des projets partagés",
        "fields": [
            ("plan_id", "integer", "Identifiant stable du plan d'action."),
            ("plan_title", "string", "Titre du plan."),
            ("project_id", "integer", "Identifiant du projet partagé."),
            ("project_title", "string", "Titre du projet partagé."),
            ("local_authority", "string", "Collectivité."),
            ("local_authority_code", "string", "Code officiel de la collectivité."),
            ("adoption_date", "date", "Date d'adoption par l'exécutif."),
            ("deliberation_reference", "string", "Référence de la délibération."),
            ("actions_count", "integer", "Nombre d'actions."),
            ("actions_done", "integer", "Actions réalisées."),
            ("progress", "integer", "Avancement moyen des actions non abandonnées, en %."),
        ],
    },
}


def _iso(value):
    return value.isoformat() if value else None


def experiences():
    from inspiration.models import ExperiencePage

    pages = (
        visible_pages(ExperiencePage)
        .prefetch_related("themes", "territory_types", "authority_links__local_authority")
        .order_by("pk")
    )
    for page in pages:
        authorities = [link.local_authority for link in page.authority_links.all()]
        yield {
            "id": page.pk,
            "title": page.title,
            "url": front_end_url(page),
            "summary": page.summary,
            "participation_level": page.participation_level,
            "period_start": _iso(page.period_start),
            "period_end": _iso(page.period_end),
            "local_authorities": [a.name for a in authorities],
            "local_authority_codes": [a.code for a in authorities],
            "themes": sorted(t.name for t in page.themes.all()),
            "territory_types": sorted(t.name for t in page.territory_types.all()),
            "first_published_at": _iso(page.first_published_at),
        }


def shared_projects():
    projects = (
        visible_pages(SharedProjectPage)
        .select_related("theme")
        .prefetch_related("stages", "enrollments__local_authority")
        .order_by("pk")
    )
    for project in projects:
        enrollments = list(project.enrollments.all())
        participants = [
            e.local_authority
            for e in enrollments
            if e.role == Enrollment.Role.PARTICIPANT and e.status == Enrollment.Status.CONFIRMED
        ]
        current = project.current_stage
        yield {
            "id": project.pk,
            "title": project.title,
            "url": front_end_url(project),
            "theme": project.theme.name,
            "status": project.status,
            "start_date": _iso(project.start_date),
            "end_date": _iso(project.end_date),
            "participant_capacity": project.participant_capacity,
            "participants": [a.name for a in participants],
            "participant_codes": [a.code for a in participants],
            "observers_count": sum(
                1
                for e in enrollments
                if e.role == Enrollment.Role.OBSERVER and e.status == Enrollment.Status.CONFIRMED
            ),
            "waiting_count": sum(1 for e in enrollments if e.status == Enrollment.Status.WAITING),
            "current_stage": str(current) if current else None,
        }


def action_plan_progress():
    projects = {p.path: p for p in visible_pages(SharedProjectPage)}
    plans = (
        visible_pages(ActionPlanPage)
        .select_related("local_authority")
        .prefetch_related("actions")
        .order_by("path")
    )
    for plan in plans:
        project = projects.get(plan.path[:-4])
        if project is None:
            continue
        actions = list(plan.actions.all())
        yield {
            "plan_id": plan.pk,
            "plan_title": plan.title,
            "project_id": project.pk,
            "project_title": project.title,
            "local_authority": plan.local_authority.name,
            "local_authority_code": plan.local_authority.code,
            "adoption_date": _iso(plan.adoption_date),
            "deliberation_reference": plan.deliberation_reference,
            "actions_count": len(actions),
            "actions_done": sum(1 for a in actions if a.status == "done"),
            "progress": plan.progress,
        }


DATASETS = {
    "experiences": experiences,
    "projets-partages": shared_projects,
    "avancement-plans-action": action_plan_progress,
}


def schema_of(dataset):
    spec = SCHEMAS[dataset]
    return {
        "title": spec["title"],
        "fields": [
            {"name": name, "type": kind, "description": description}
            for name, kind, description in spec["fields"]
        ],
    }


def to_csv(dataset, rows):
    names = [name for name, _, _ in SCHEMAS[dataset]["fields"]]
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                key: " | ".join(value)
                if isinstance(value, list)
                else ("" if value is None else value)
                for key, value in row.items()
            }
        )
    return buffer.getvalue()


def to_json(dataset, rows):
    return json.dumps(
        {"schema": schema_of(dataset), "data": list(rows)}, ensure_ascii=False, indent=1
    )


def dataset_view(request, dataset, fmt):
    """GET /projets/donnees/<dataset>.csv or .json; /projets/donnees/schemas.json documents
    every dataset."""
    if dataset == "schemas" and fmt == "json":
        body = json.dumps({name: schema_of(name) for name in SCHEMAS}, ensure_ascii=False, indent=1)
        return HttpResponse(body, content_type="application/json; charset=utf-8")
    if dataset not in DATASETS or fmt not in ("csv", "json"):
        raise Http404("Jeu de données inconnu.")
    rows = DATASETS[dataset]()
    if fmt == "csv":
        response = HttpResponse(to_csv(dataset, rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{dataset}.csv"'
    else:
        response = HttpResponse(
            to_json(dataset, rows), content_type="application/json; charset=utf-8"
        )
    response["Cache-Control"] = "public, max-age=3600"
    return response
