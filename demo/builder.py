"""Puts the demo content of `demo.content` in the database, idempotently.

Everything is found again by a natural identifier — a page by its parent and slug, a collectivité by
(kind, code), a theme by its slug, an image or a document by its title, a user by its username — and
updated in place. A page gets a new revision only when what the demo sets differs from its latest
revision; live pages are published through `save_revision().publish()`, as Wagtail's admin does.
"""

import json
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models, transaction
from modelcluster.fields import ParentalManyToManyField
from wagtail.fields import StreamField
from wagtail.log_actions import log

from cms.models import HomePage, LocalAuthority, LocalAuthorityMembership, TerritoryType, Theme
from cms.roles import ROLE_NAMES, ensure_roles
from demo import content
from demo.content import (
    AuthorityRef,
    DocumentRef,
    ImageRef,
    PageRef,
    StageRef,
    ThemeRef,
    UserRef,
)
from demo.images import demo_collection, ensure_document, ensure_image

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"
PAGE_PLACEHOLDER = re.compile(r"\{page:([a-z0-9-]+)\}")
SUPERUSER_ROLE = "Superutilisateur (tous les droits)"

# Category label, and whether its noun is feminine (for the agreement of « créé(e)s »).
CATEGORIES = {
    "authorities": ("Collectivités", True),
    "themes": ("Thématiques", True),
    "images": ("Images", True),
    "documents": ("Documents", False),
    "pages": ("Pages", True),
    "users": ("Comptes", False),
    "enrollments": ("Inscriptions aux projets partagés", True),
    "proposals": ("Propositions de thème", True),
    "campaigns": ("Campagnes de vote", True),
    "votes": ("Votes", False),
    "settings": ("Réglages du site", False),
    "redirects": ("Redirections", True),
}


class DemoError(Exception):
    """The demo cannot be built on this database (the message says why, in French)."""


@dataclass
class Report:
    """What a run created, updated or left unchanged, and the accounts' credentials."""

    counts: dict = field(default_factory=dict)
    pages: list = field(default_factory=list)
    credentials: list = field(default_factory=list)
    existing_users: list = field(default_factory=list)
    proconnect_agents: list = field(default_factory=list)  # created this run, printed once
    fixture_loaded: bool = False

    def record(self, category, status, label=""):
        tally = self.counts.setdefault(category, {CREATED: 0, UPDATED: 0, UNCHANGED: 0})
        tally[status] += 1
        if category == "pages" and status != UNCHANGED:
            self.pages.append((status, label))

    def total(self, category, status):
        return self.counts.get(category, {}).get(status, 0)

    @property
    def changed(self):
        return any(tally[CREATED] or tally[UPDATED] for tally in self.counts.values())


def strip_block_ids(value):
    """A StreamField's JSON without the block ids, which differ at each serialisation."""
    if isinstance(value, list):
        return [strip_block_ids(item) for item in value]
    if isinstance(value, dict):
        return {
            key: strip_block_ids(item)
            for key, item in value.items()
            if not (key == "id" and "type" in value)
        }
    return value


class DemoBuilder:
    def __init__(self):
        self.report = Report()
        self.pages = {}
        self.authorities = {}
        self.themes = {}
        self.territory_types = {}
        self.images = {}
        self.documents = {}
        self.users = {}
        self.new_files = []

    # --- Orchestration --------------------------------------------------------------------------

    def build(self):
        try:
            with transaction.atomic():
                self.build_everything()
        except BaseException:
            # The database rolled back: remove the files drawn for images it no longer knows.
            for file in self.new_files:
                file.storage.delete(file.name)
            raise
        return self.report

    def build_everything(self):
        self.load_territories_fixture()
        self.build_taxonomies()
        self.build_authorities()
        self.build_media()
        home = HomePage.objects.order_by("path").first()
        if home is None:
            raise DemoError(
                "La page d'accueil est introuvable : lancez d'abord « manage.py migrate »."
            )
        self.pages["home"] = home
        for spec in content.SECTIONS:
            self.ensure_page(spec)
        # The roles grant their page permissions on the sections, which exist by now.
        self.build_users()
        self.build_proconnect_agents()
        self.build_organisations()
        for spec in content.PAGES_BEFORE_ENROLLMENTS:
            self.ensure_page(spec)
        self.build_enrollments()
        for spec in content.PAGES_AFTER_ENROLLMENTS:
            self.ensure_page(spec)
        self.build_theme_proposals()
        self.build_open_campaign()
        self.ensure_page(content.HOME, existing=home)
        self.build_site_settings()
        self.build_redirects()

    # --- Vocabularies and collectivités ---------------------------------------------------------

    def load_territories_fixture(self):
        fixture = Path(apps.get_app_config("cms").path) / "fixtures" / "territories.json"
        if fixture.exists():
            call_command("loaddata", "territories", verbosity=0)
            self.report.fixture_loaded = True

    def build_taxonomies(self):
        for territory_type in TerritoryType.objects.all():
            self.territory_types[territory_type.slug] = territory_type
        missing = {"qpv", "villes", "ruralites"} - set(self.territory_types)
        if missing:
            raise DemoError(
                f"Types de territoire manquants ({', '.join(sorted(missing))}) : lancez d'abord « manage.py migrate »."
            )
        for slug, name, description in content.THEMES:
            theme = (
                Theme.objects.filter(slug=slug).first() or Theme.objects.filter(name=name).first()
            )
            if theme is None:
                theme = Theme.objects.create(slug=slug, name=name, description=description)
                status = CREATED
            else:
                status = self.update_fields(
                    theme, {"slug": slug, "name": name, "description": description}
                )
            self.themes[slug] = theme
            self.report.record("themes", status, name)

    def build_authorities(self):
        kinds = LocalAuthority.Kind
        for code, name in content.REGIONS:
            self.upsert_authority(kinds.REGION, code, {"name": name}, overwrite=False)
        for code, name, region in content.DEPARTEMENTS:
            values = {"name": name, "region": self.authority(AuthorityRef(kinds.REGION, region))}
            self.upsert_authority(kinds.DEPARTEMENT, code, values, overwrite=False)
        for code, name, epci_type, population, department, region in content.EPCIS:
            values = {
                "name": name,
                "epci_type": epci_type,
                "population": population,
                "department": self.authority(AuthorityRef(kinds.DEPARTEMENT, department)),
                "region": self.authority(AuthorityRef(kinds.REGION, region)),
                "siren": code,
            }
            self.upsert_authority(kinds.EPCI, code, values, overwrite=True)
        for code, name, population, department, region, epci, territory_types in content.COMMUNES:
            values = {
                "name": name,
                "population": population,
                "department": self.authority(AuthorityRef(kinds.DEPARTEMENT, department)),
                "region": self.authority(AuthorityRef(kinds.REGION, region)),
                "epci": self.authority(AuthorityRef(kinds.EPCI, epci)),
                "siren": content.COMMUNE_SIRENS[code],
            }
            self.upsert_authority(
                kinds.COMMUNE, code, values, overwrite=True, territory_types=territory_types
            )

    def upsert_authority(self, kind, code, values, overwrite, territory_types=None):
        """Create the collectivité, or update it: every value when `overwrite`, else only empty ones
        (names from the official referential win over the demo's)."""
        authority = LocalAuthority.objects.filter(kind=kind, code=code).first()
        if authority is None:
            authority = LocalAuthority(kind=kind, code=code, **values)
            authority.full_clean(exclude=["slug"])
            authority.save()
            status = CREATED
        else:
            wanted = {
                name: value
                for name, value in values.items()
                if overwrite or getattr(authority, self.attname(authority, name)) in (None, "")
            }
            status = self.update_fields(authority, wanted, clean=True)
        if territory_types is not None:
            wanted_types = {self.territory_types[slug] for slug in territory_types}
            if set(authority.territory_types.all()) != wanted_types:
                authority.territory_types.set(wanted_types)
                status = UPDATED if status == UNCHANGED else status
        self.authorities[(kind, code)] = authority
        self.report.record("authorities", status, authority.name)
        return authority

    @staticmethod
    def attname(instance, name):
        return instance._meta.get_field(name).attname

    def update_fields(self, instance, values, clean=False):
        """Set the values that differ and save them; returns UPDATED or UNCHANGED."""
        changed = []
        for name, value in values.items():
            attname = self.attname(instance, name)
            current = getattr(instance, attname)
            wanted = value.pk if isinstance(value, models.Model) else value
            if current != wanted:
                setattr(instance, attname, wanted)
                changed.append(attname)
        if not changed:
            return UNCHANGED
        if clean:
            instance.full_clean(exclude=["slug"])
        instance.save(update_fields=changed)
        return UPDATED

    # --- Images, documents, accounts ------------------------------------------------------------

    def build_media(self):
        collection = demo_collection()
        for key, (title, description, kicker, palette, motif) in content.IMAGES.items():
            image, status = ensure_image(title, description, kicker, palette, motif, collection)
            if status == CREATED:
                self.new_files.append(image.file)
            self.images[key] = image
            self.report.record("images", status, title)
        for key, (title, filename, paragraphs) in content.DOCUMENTS.items():
            document, status = ensure_document(title, filename, paragraphs, collection)
            if status == CREATED:
                self.new_files.append(document.file)
            self.documents[key] = document
            self.report.record("documents", status, title)

    def build_users(self):
        groups = ensure_roles()
        user_model = get_user_model()
        for username, role, first_name, last_name, authority_ref in content.USERS:
            user = user_model.objects.filter(username=username).first()
            if user is None:
                password = secrets.token_urlsafe(12)
                email = f"{username}@{content.USER_EMAIL_DOMAIN}"
                names = {"first_name": first_name, "last_name": last_name}
                if role is None:
                    user = user_model.objects.create_superuser(username, email, password, **names)
                else:
                    user = user_model.objects.create_user(username, email, password, **names)
                self.report.credentials.append(
                    (username, ROLE_NAMES[role] if role else SUPERUSER_ROLE, password)
                )
                status = CREATED
            else:
                self.report.existing_users.append(username)
                status = UNCHANGED
            if role is not None and not user.groups.filter(pk=groups[role].pk).exists():
                user.groups.add(groups[role])
                status = UPDATED if status == UNCHANGED else status
            if authority_ref is not None:
                _, created = LocalAuthorityMembership.objects.get_or_create(
                    user=user,
                    local_authority=self.authority(authority_ref),
                    defaults={"is_referent": False},
                )
                if created and status == UNCHANGED:
                    status = UPDATED
            self.users[username] = user
            self.report.record("users", status, username)

    # --- Participation records ------------------------------------------------------------------

    def build_enrollments(self):
        from projects.models import Enrollment

        project = self.pages[content.SHARED_PROJECT_KEY]
        for authority_ref, role, enrolled_by in content.ENROLLMENTS:
            authority = self.authority(authority_ref)
            enrollment = Enrollment.objects.filter(
                project=project, local_authority=authority
            ).first()
            values = {"role": role, "status": Enrollment.Status.CONFIRMED}
            if enrollment is None:
                Enrollment.objects.create(
                    project=project,
                    local_authority=authority,
                    enrolled_by=self.resolve(enrolled_by),
                    **values,
                )
                status = CREATED
            else:
                status = self.update_fields(enrollment, values)
            self.report.record("enrollments", status, str(authority))
        for project_key, authority_ref, role in content.RECRUITING_ENROLLMENTS:
            project = self.pages[project_key]
            authority = self.authority(authority_ref)
            _, created = Enrollment.objects.get_or_create(
                project=project,
                local_authority=authority,
                defaults={"role": role, "status": Enrollment.Status.CONFIRMED},
            )
            self.report.record("enrollments", CREATED if created else UNCHANGED, str(authority))

    def build_proconnect_agents(self):
        """The demo agents of the local provider (devidp/accounts.json) that already have an
        account: found by their `sub`, with the membership the site's journeys start from. The
        others (Niort's agent, the SIRET of no collectivité) get theirs at their first sign-in."""
        from django.conf import settings

        from cms.models import AgentIdentity

        groups = ensure_roles()
        user_model = get_user_model()
        for agent in content.proconnect_agents():
            if not agent["demo_account"]:
                continue
            identity = AgentIdentity.objects.filter(
                issuer=settings.PROCONNECT_ISSUER, sub=agent["sub"]
            ).first()
            status = UNCHANGED
            if identity is None:
                user = user_model(
                    username=agent["sub"],
                    email=agent["email"],
                    first_name=agent["given_name"],
                    last_name=agent["usual_name"],
                )
                user.set_unusable_password()
                user.save()
                identity = AgentIdentity.objects.create(
                    user=user,
                    issuer=settings.PROCONNECT_ISSUER,
                    sub=agent["sub"],
                    siret=agent["siret"],
                )
                self.report.proconnect_agents.append(agent)
                status = CREATED
            user = identity.user
            self.users[agent["sub"]] = user
            if agent["role"] and not user.groups.filter(pk=groups[agent["role"]].pk).exists():
                user.groups.add(groups[agent["role"]])
            wanted = agent["membership"]
            if wanted:
                authority = self.authority(AuthorityRef(wanted["kind"], wanted["code"]))
                _, created = LocalAuthorityMembership.objects.get_or_create(
                    user=user,
                    local_authority=authority,
                    defaults={"status": wanted["status"], "is_referent": wanted["is_referent"]},
                )
                if created and status == UNCHANGED:
                    status = UPDATED
            self.report.record("users", status, agent["sub"])

    def build_organisations(self):
        """The demo's other actors (issue 19): an association and a research team, verified, with
        one approved member each, and one published resource « proposé par » the association."""
        from django.conf import settings

        from cms.models import AgentIdentity, Organisation, OrganisationMembership
        from workflows.models import Submission

        user_model = get_user_model()
        by_name = {}
        for spec in content.ORGANISATIONS:
            organisation, created = Organisation.objects.get_or_create(
                name=spec["name"],
                defaults={"kind": spec["kind"], "siren": spec["siren"], "status": spec["status"]},
            )
            by_name[spec["name"]] = organisation
            self.report.record("organisations", CREATED if created else UNCHANGED, spec["name"])
            member = spec["member"]
            issuer = settings.PROCONNECT_ISSUER if member["issuer"] == "proconnect" else "email"
            identity = AgentIdentity.objects.filter(issuer=issuer, sub=member["sub"]).first()
            if identity is None:
                user = user_model(
                    username=member["sub"]
                    if issuer != "email"
                    else f"courriel-demo-{organisation.pk}",
                    email=member["sub"] if issuer == "email" else "",
                    first_name=member.get("first_name", ""),
                    last_name=member.get("last_name", ""),
                )
                if issuer != "email":
                    agent = next(
                        a for a in content.proconnect_agents() if a["sub"] == member["sub"]
                    )
                    user.email = agent["email"]
                    user.first_name, user.last_name = agent["given_name"], agent["usual_name"]
                user.set_unusable_password()
                user.save()
                identity = AgentIdentity.objects.create(user=user, issuer=issuer, sub=member["sub"])
            OrganisationMembership.objects.get_or_create(
                user=identity.user,
                organisation=organisation,
                defaults={"status": OrganisationMembership.Status.APPROVED},
            )
        spec = content.ORGANISATION_RESOURCE
        page = self.ensure_page(spec)
        Submission.objects.get_or_create(
            page_id=page.pk, defaults={"organisation": by_name[spec["organisation"]]}
        )

    def build_open_campaign(self):
        """An open campaign (dates around today, reopened when a later run finds it closed) with
        approved proposals that nobody voted for yet."""
        import datetime

        from django.utils import timezone

        from projects.models import ThemeProposal, ThemeVote, VotingCampaign

        spec = content.OPEN_CAMPAIGN
        now = timezone.now()
        campaign = VotingCampaign.objects.filter(title=spec["title"]).first()
        if campaign is None:
            campaign = VotingCampaign.objects.create(
                title=spec["title"],
                description=spec["description"],
                vote_limit=spec["vote_limit"],
                opens_at=now - datetime.timedelta(days=spec["opened_days_ago"]),
                closes_at=now + datetime.timedelta(days=spec["open_days"]),
            )
            self.report.record("campaigns", CREATED, spec["title"])
        elif campaign.closes_at <= now or campaign.opens_at > now:
            campaign.opens_at = now - datetime.timedelta(days=spec["opened_days_ago"])
            campaign.closes_at = now + datetime.timedelta(days=spec["open_days"])
            campaign.save(update_fields=["opens_at", "closes_at"])
            self.report.record("campaigns", UPDATED, spec["title"])
        else:
            self.report.record("campaigns", UNCHANGED, spec["title"])
        for title, description, theme, authority, voters in content.OPEN_CAMPAIGN_PROPOSALS:
            proposal, created = ThemeProposal.objects.get_or_create(
                title=title,
                campaign=campaign,
                defaults={
                    "description": description,
                    "theme": self.resolve(theme),
                    "local_authority": self.resolve(authority),
                    "status": ThemeProposal.Status.APPROVED,
                },
            )
            self.report.record("proposals", CREATED if created else UNCHANGED, title)
            for voter in voters:
                _, created = ThemeVote.objects.get_or_create(
                    proposal=proposal, local_authority=self.resolve(voter)
                )
                self.report.record("votes", CREATED if created else UNCHANGED, title)

    def build_theme_proposals(self):
        from projects.models import ThemeProposal, ThemeVote

        for (
            title,
            description,
            theme,
            authority,
            proposer,
            status,
            project,
            voters,
        ) in content.THEME_PROPOSALS:
            values = {
                "description": description,
                "theme": self.resolve(theme),
                "local_authority": self.resolve(authority),
                "proposed_by": self.resolve(proposer),
                "status": status,
                "shared_project": self.resolve(project),
            }
            proposal = ThemeProposal.objects.filter(title=title).order_by("pk").first()
            if proposal is None:
                proposal = ThemeProposal.objects.create(title=title, **values)
                outcome = CREATED
            else:
                outcome = self.update_fields(proposal, values)
            self.report.record("proposals", outcome, title)
            for voter_authority, voter in voters:
                _, created = ThemeVote.objects.get_or_create(
                    proposal=proposal,
                    local_authority=self.resolve(voter_authority),
                    defaults={"voter": self.resolve(voter)},
                )
                self.report.record("votes", CREATED if created else UNCHANGED, title)

    # --- Site settings and redirects -----------------------------------------------------------

    def build_site_settings(self):
        from wagtail.models import Site

        from cms.models import SiteSettings

        site = Site.objects.get(is_default_site=True)
        values = {
            name: self.resolve(
                value, ids=isinstance(SiteSettings._meta.get_field(name), StreamField)
            )
            for name, value in content.SITE_SETTINGS.items()
        }
        found = SiteSettings.objects.filter(site=site).first()
        if found is None:
            SiteSettings.objects.create(site=site, **values)
            self.report.record("settings", CREATED)
            return
        streams = [name for name, value in values.items() if isinstance(value, list)]
        plain = {name: value for name, value in values.items() if name not in streams}
        stream_changed = [
            name
            for name in streams
            if strip_block_ids(list(getattr(found, name).raw_data)) != values[name]
        ]
        for name in stream_changed:
            setattr(found, name, values[name])
        if stream_changed:
            found.save(update_fields=stream_changed)
        status = self.update_fields(found, plain)
        self.report.record("settings", UPDATED if stream_changed else status)

    def build_redirects(self):
        from wagtail.contrib.redirects.models import Redirect

        for old_path, target, permanent in content.REDIRECTS:
            path = Redirect.normalise_path(old_path)
            page = self.resolve(target)
            redirect = Redirect.objects.filter(site=None, old_path=path).first()
            if redirect is None:
                Redirect.add_redirect(path, page, is_permanent=permanent)
                status = CREATED
            else:
                status = self.update_fields(
                    redirect,
                    {"redirect_page": page, "redirect_link": "", "is_permanent": permanent},
                )
            self.report.record("redirects", status, path)

    # --- References -----------------------------------------------------------------------------

    def authority(self, ref):
        key = (ref.kind, ref.code)
        if key not in self.authorities:
            authority = LocalAuthority.objects.filter(kind=ref.kind, code=ref.code).first()
            if authority is None:
                raise DemoError(f"Collectivité introuvable : {ref.kind} {ref.code}.")
            self.authorities[key] = authority
        return self.authorities[key]

    def resolve(self, value, ids=False):
        """Replace the references of `content` by objects (or by their ids, for StreamField data)."""
        if isinstance(
            value, PageRef | ImageRef | DocumentRef | AuthorityRef | ThemeRef | StageRef | UserRef
        ):
            target = self.target(value)
            return target.pk if ids else target
        if isinstance(value, str):
            return PAGE_PLACEHOLDER.sub(lambda match: str(self.pages[match.group(1)].pk), value)
        if isinstance(value, list | tuple):
            return [self.resolve(item, ids) for item in value]
        if isinstance(value, dict):
            return {key: self.resolve(item, ids) for key, item in value.items()}
        return value

    def target(self, ref):
        if isinstance(ref, PageRef):
            return self.pages[ref.key]
        if isinstance(ref, ImageRef):
            return self.images[ref.key]
        if isinstance(ref, DocumentRef):
            return self.documents[ref.key]
        if isinstance(ref, AuthorityRef):
            return self.authority(ref)
        if isinstance(ref, ThemeRef):
            return self.themes[ref.slug]
        if isinstance(ref, UserRef):
            return self.users[ref.username]
        from projects.models import SharedProjectStage

        return SharedProjectStage.objects.get(project=self.pages[ref.project], kind=ref.kind)

    # --- Pages ----------------------------------------------------------------------------------

    def ensure_page(self, spec, existing=None):
        """Create, update or leave the page of `spec`; publish it unless the spec says live=False."""
        model = apps.get_model(spec["model"])
        live = spec.get("live", True)
        fields = {
            name: self.resolve(value, ids=isinstance(model._meta.get_field(name), StreamField))
            for name, value in spec["fields"].items()
        }
        children = spec.get("children", {})
        m2m = spec.get("m2m", {})
        names = [*fields, *children, *m2m]

        if existing is not None:
            page = existing.specific
            parent = None
        else:
            parent = self.pages[spec["parent"]]
            found = parent.get_children().filter(slug=spec["slug"]).first()
            page = found.specific if found else None
            if page is not None and not isinstance(page, model):
                raise DemoError(
                    f"La page « {found.url_path} » existe déjà avec un autre type ({page._meta.verbose_name}) : "
                    "renommez-la ou supprimez-la avant de charger la démonstration."
                )

        if page is None:
            page = model(slug=spec["slug"], live=False, **fields)
            self.apply_relations(page, children, m2m)
            # JournalEntryPage and ActionPlanPage validate against their project before they exist.
            page._parent_for_validation = parent
            parent.add_child(instance=page)
            revision = page.save_revision(log_action=False)
            log(instance=page, action="wagtail.create", revision=revision, content_changed=True)
            if live:
                revision.publish()
            status = CREATED
        else:
            latest = page.latest_revision
            before = self.snapshot(
                model, latest.content if latest else page.serializable_data(), names
            )
            for name, value in fields.items():
                setattr(page, name, value)
            self.apply_relations(page, children, m2m)
            after = self.snapshot(model, page.serializable_data(), names)
            if before == after and latest is not None and (page.live or not live):
                status = UNCHANGED
            else:
                if not page.live:
                    # A page never published keeps its row in step with its latest draft.
                    page.save()
                revision = page.save_revision(log_action=True)
                if live:
                    revision.publish()
                status = UPDATED

        page = model.objects.get(pk=page.pk)
        self.pages[spec["key"]] = page
        self.report.record("pages", status, page.title)
        return page

    def apply_relations(self, page, children, m2m):
        """Set inline children (reusing the existing rows, matched by a key field, so that their ids
        stay stable) and many-to-many facets."""
        for relation, (key, rows) in children.items():
            manager = getattr(page, relation)
            child_model = manager.model
            key_attname = child_model._meta.get_field(key).attname
            existing = {}
            for child in manager.all():
                existing.setdefault(getattr(child, key_attname), child)
            objects = []
            for index, row in enumerate(rows):
                row = self.resolve(row)
                wanted_key = row[key].pk if isinstance(row[key], models.Model) else row[key]
                child = existing.pop(wanted_key, None) or child_model()
                for name, value in row.items():
                    setattr(child, name, value)
                child.sort_order = index
                objects.append(child)
            setattr(page, relation, objects)
        for name, slugs in m2m.items():
            related = page._meta.get_field(name).related_model
            lookup = self.themes if related is Theme else self.territory_types
            setattr(page, name, [lookup[slug] for slug in slugs])

    @staticmethod
    def snapshot(model, data, names):
        """The part of a page's serialised data the demo sets, comparable across revisions."""
        data = json.loads(json.dumps(data, cls=DjangoJSONEncoder))
        result = {}
        for name in names:
            value = data.get(name)
            model_field = model._meta.get_field(name)
            if isinstance(model_field, StreamField):
                value = strip_block_ids(
                    json.loads(value) if isinstance(value, str) else value or []
                )
            elif isinstance(model_field, ParentalManyToManyField):
                value = sorted(value or [])
            elif model_field.one_to_many:
                parental_key = model_field.field.name
                value = [
                    {
                        key: item
                        for key, item in row.items()
                        if key not in ("pk", "id", "sort_order", parental_key)
                    }
                    for row in value or []
                ]
            result[name] = value
        return result
