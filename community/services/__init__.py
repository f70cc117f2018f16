"""The rules of peer exchange in shared projects (see each module); the API and the site call
these, never the models directly."""

from community.services.access import (
    Standing,
    readable_threads,
    standing,
)
from community.services.messages import edit_message, mark_resolved, open_thread, reply
from community.services.moderation import (
    hide_message,
    report_message,
    restore_message,
    set_hidden,
)
from community.services.notifications import set_frequency

__all__ = [
    "Standing",
    "edit_message",
    "hide_message",
    "mark_resolved",
    "open_thread",
    "readable_threads",
    "reply",
    "report_message",
    "restore_message",
    "set_frequency",
    "set_hidden",
    "standing",
]
