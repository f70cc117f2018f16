"""A message's text: HTML stripped (nh3), length checked, « @ » mentions resolved against the
project's members.

Text is stored as typed, markup removed, and every reader renders it escaped: no HTML written in
a message ever reaches a page. A mention is `@[Nom complet]` (any name, spaces allowed) or
`@Nom` (one word); it names a collectivité enrolled in the project, a member of one of them or a
named expert; any other name is refused, so that nobody believes they alerted someone, and so is
an observer named in a thread they cannot read.
"""

import html
import re
from dataclasses import dataclass

import nh3
from django.conf import settings

from community.models import Thread
from community.services.access import (
    OBSERVER,
    participant_authority_ids,
    project_authorities,
    project_members,
)
from community.services.errors import (
    MENTION_CANNOT_READ,
    REQUIRED,
    TOO_LONG,
    UNKNOWN_MENTION,
    ServiceError,
)

MENTION = re.compile(r"(?:(?<=\s)|^)@(?:\[([^\]\n]{1,200})\]|([\w][\w'’.-]*[\w]|\w))", re.UNICODE)


def clean(text, field="body", label="Votre message"):
    """The text without markup nor surrounding blanks; typed refusals when empty or too long."""
    text = text or ""
    limit = settings.COMMUNITY_MESSAGE_MAX_LENGTH
    # Checked before cleaning too, so that a huge input is not parsed at all.
    if len(text) > 4 * limit:
        raise _too_long(label, limit, len(text), field)
    stripped = html.unescape(nh3.clean(text, tags=set())).replace("\r\n", "\n").strip()
    if not stripped:
        raise ServiceError(f"{label} est vide.", REQUIRED, field)
    if len(stripped) > limit:
        raise _too_long(label, limit, len(stripped), field)
    return stripped


def _too_long(label, limit, length, field):
    return ServiceError(
        f"{label} compte {length:,} caractères : {limit:,} au plus.".replace(",", " "),
        TOO_LONG,
        field,
    )


def clean_title(title):
    title = html.unescape(nh3.clean(title or "", tags=set())).strip()
    if not title:
        raise ServiceError("Donnez un titre au fil d'échange.", REQUIRED, "title")
    if len(title) > 200:
        raise ServiceError("Le titre tient en 200 caractères au plus.", TOO_LONG, "title")
    return title


@dataclass(frozen=True)
class Mentioned:
    label: str
    user: object = None
    local_authority: object = None


def _key(name):
    return " ".join(name.casefold().split())


def mentions(project, text, visibility=None):
    """The people and collectivités named in `text`; UNKNOWN_MENTION for any other name, and
    MENTION_CANNOT_READ for an observer named in a thread kept to the participants (they would
    never read it)."""
    labels = [bracketed or word for bracketed, word in MENTION.findall(text)]
    if not labels:
        return []
    names = {}
    authorities = project_authorities(project)
    for authority in authorities:
        names.setdefault(_key(authority.name), Mentioned(authority.name, local_authority=authority))
    members = project_members(project)
    for user in members:
        for name in {user.get_full_name(), user.get_username()}:
            if name:
                names.setdefault(_key(name), Mentioned(name, user=user))
    found, unknown = [], []
    for label in labels:
        match = names.get(_key(label))
        if match is None:
            unknown.append(label)
        elif match not in found:
            found.append(match)
    if unknown:
        listed = ", ".join(f"« {label} »" for label in dict.fromkeys(unknown))
        raise ServiceError(
            f"Mention inconnue : {listed} n'est ni une collectivité ni une personne de ce projet. "
            "Écrivez @[Nom complet] pour un nom en plusieurs mots.",
            UNKNOWN_MENTION,
            "body",
        )
    if visibility == Thread.Visibility.PARTICIPANTS:
        readers = participant_authority_ids(project)
        outside = [
            item.label
            for item in found
            if (item.user is not None and members[item.user] == OBSERVER)
            or (item.local_authority is not None and item.local_authority.pk not in readers)
        ]
        if outside:
            listed = ", ".join(f"« {label} »" for label in outside)
            raise ServiceError(
                f"{listed} ne lit pas ce fil, réservé aux parties prenantes, aux experts et à "
                "l'ANCT : retirez la mention, ou ouvrez le fil aux observatrices.",
                MENTION_CANNOT_READ,
                "body",
            )
    return found
