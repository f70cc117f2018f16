"""A lively exchange in the demo shared project in progress: threads of every kind drawn from the
programme's stages, replies from two participant collectivités, an expert and the ANCT; the
expert's answers quote the opening message, and the ANCT's validation calendar is joined as a file.

Idempotent: nothing is added once the project has a thread. Authors are the members of the
participant collectivités (a demo account « Équipe projet » is created where a collectivité has
none, without a password), the project's named expert and the first ANCT moderator."""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone

from cms.models import LocalAuthorityMembership
from cms.roles import ROLE_MODERATORS, ROLE_NAMES
from community.models import Attachment, Message, Thread
from projects.models import Enrollment, SharedProjectExpert, SharedProjectPage

FIRST_NAMES = ["Claire", "Mathieu", "Inès"]

# kind, stage kind, visibility, title, [(speaker, text)]; speakers: "a", "b" (two collectivités),
# "expert", "anct". The first message opens the thread.
EXCHANGE = [
    (
        "question",
        "diagnosis",
        "observers",
        "Comment toucher les habitants qui ne viennent jamais aux réunions ?",
        [
            (
                "a",
                "Pour le diagnostic partagé, nos réunions publiques attirent toujours les mêmes "
                "personnes. Comment avez-vous rejoint les jeunes et les familles ?",
            ),
            (
                "b",
                "Nous sommes allés les voir : permanences au marché, à la sortie des écoles et "
                "au centre social, avec une question simple sur une affiche. Trois fois plus de "
                "réponses qu'en réunion.",
            ),
            (
                "expert",
                "Les deux se complètent : aller-vers pour recueillir, puis une restitution "
                "où les personnes rencontrées sont invitées nommément. Nous partageons une grille "
                "d'entretien courte à l'étape suivante.",
            ),
            ("a", "Merci, nous testons les permanences au marché samedi."),
        ],
    ),
    (
        "success",
        "crossing_perspectives",
        "observers",
        "Le croisement des regards avec les élus et les agents a fonctionné",
        [
            (
                "b",
                "Lors du croisement des regards, élus, agents et habitants ont comparé leurs "
                "diagnostics sur les lieux culturels : chacun a découvert des usages qu'il ignorait.",
            ),
            (
                "anct",
                "Beau retour : pouvez-vous le résumer dans le journal de bord pour les "
                "collectivités observatrices ?",
            ),
        ],
    ),
    (
        "obstacle",
        "creativity_divergence",
        "participants",
        "Les services hésitent à ouvrir le budget aux idées des habitants",
        [
            (
                "a",
                "Pendant le cycle de créativité, nos services craignent que les idées retenues "
                "ne soient pas finançables. Avez-vous fixé un cadre avant la phase d'imagination ?",
            ),
            (
                "expert",
                "Annoncez le cadre dès le départ (enveloppe, compétences, calendrier) : les "
                "critères de réussite de l'étape suivante s'appuient dessus.",
            ),
            (
                "b",
                "Nous avons fait valider l'enveloppe par le bureau municipal avant les ateliers ; "
                "cela a rassuré les services.",
            ),
        ],
    ),
    (
        "solution",
        "creativity_objectives",
        "observers",
        "Une grille de critères de réussite co-écrite avec les habitants",
        [
            (
                "b",
                "Pour les objectifs et critères de réussite, nous avons fait voter les habitants "
                "sur cinq critères rédigés avec eux ; la grille sert ensuite à trier les idées.",
            ),
            ("a", "Nous la reprenons pour la convergence, merci !"),
        ],
    ),
    (
        "resource",
        "action_plans",
        "participants",
        "Modèle de plan d'action et calendrier de validation",
        [
            (
                "anct",
                "Pour l'étape de production et de validation des plans d'action, voici le "
                "modèle commun et les dates des comités de validation.",
            ),
            (
                "expert",
                "Nous relirons chaque plan avant le comité : envoyez vos brouillons deux "
                "semaines avant.",
            ),
        ],
    ),
]


def _member(authority, index):
    membership = (
        LocalAuthorityMembership.objects.filter(
            local_authority=authority, status=LocalAuthorityMembership.Status.APPROVED
        )
        .select_related("user")
        .first()
    )
    if membership is not None:
        return membership.user
    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=f"equipe-projet-{authority.pk}",
        defaults={
            "first_name": FIRST_NAMES[index % len(FIRST_NAMES)],
            "last_name": f"(équipe projet, {authority.name})",
        },
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    LocalAuthorityMembership.objects.get_or_create(
        user=user,
        local_authority=authority,
        defaults={"status": LocalAuthorityMembership.Status.APPROVED},
    )
    return user


CALENDAR = (
    "étape;document attendu;date limite\n"
    "Production des plans d'action;brouillon relu par l'équipe d'experts;15/03\n"
    "Comité de validation;plan d'action complet;29/03\n"
    "Adoption par l'exécutif;délibération;30/04\n"
)


def _attach_calendar(message):
    """The validation calendar the ANCT shares, as a CSV joined to its message."""
    content = CALENDAR.encode("utf-8")
    attachment = Attachment(
        message=message,
        name="calendrier-validation.csv",
        title="Calendrier de validation des plans d'action",
        kind=Attachment.Kind.DOCUMENT,
        content_type="text/csv",
        size=len(content),
    )
    attachment.file.save(attachment.name, ContentFile(content), save=True)


def ensure_exchange():
    """Build the demo exchange once; returns the number of threads created."""
    project = (
        SharedProjectPage.objects.live()
        .filter(status=SharedProjectPage.Status.IN_PROGRESS)
        .order_by("pk")
        .first()
    )
    if project is None or Thread.objects.filter(project=project).exists():
        return 0
    participants = [
        e.local_authority
        for e in Enrollment.objects.filter(project=project)
        .confirmed_participants()
        .select_related("local_authority")
        .order_by("local_authority__name")[:2]
    ]
    if len(participants) < 2:
        return 0
    User = get_user_model()
    expert = (
        SharedProjectExpert.objects.filter(project=project, user__isnull=False)
        .select_related("user")
        .first()
    )
    anct = (
        User.objects.filter(groups__name=ROLE_NAMES[ROLE_MODERATORS], is_active=True)
        .order_by("pk")
        .first()
        or User.objects.filter(is_superuser=True).order_by("pk").first()
    )
    speakers = {
        "a": (_member(participants[0], 0), participants[0]),
        "b": (_member(participants[1], 1), participants[1]),
        "expert": (expert.user if expert else anct, None),
        "anct": (anct, None),
    }
    stages = {stage.kind: stage for stage in project.stages.all()}
    start = timezone.now() - datetime.timedelta(days=len(EXCHANGE) * 4)
    for index, (kind, stage_kind, visibility, title, messages) in enumerate(EXCHANGE):
        opener, opener_authority = speakers[messages[0][0]]
        moment = start + datetime.timedelta(days=index * 4)
        thread = Thread.objects.create(
            project=project,
            kind=kind,
            title=title,
            visibility=visibility,
            stage=stages.get(stage_kind),
            author=opener,
            author_authority=opener_authority,
        )
        opening = None
        for position, (speaker, text) in enumerate(messages):
            user, authority = speakers[speaker]
            # The expert answers the opening message itself: the site quotes it.
            message = Message.objects.create(
                thread=thread,
                author=user,
                author_authority=authority,
                body=text,
                reply_to=opening if speaker == "expert" else None,
            )
            opening = opening or message
            at = moment + datetime.timedelta(hours=5 * position)
            Message.objects.filter(pk=message.pk).update(created_at=at)
        if kind == "resource":
            _attach_calendar(opening)
        resolved = moment + datetime.timedelta(hours=5 * len(messages))
        Thread.objects.filter(pk=thread.pk).update(
            created_at=moment,
            last_activity_at=resolved,
            resolved_at=resolved if kind == "question" else None,
            resolved_by=opener if kind == "question" else None,
        )
    return len(EXCHANGE)
