from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentVersion(models.Model):
    """A single row, bumped after every committed change that the public API can show.

    The API's response cache is keyed on it, so that every process (gunicorn workers, servers)
    drops its cached answers as soon as any of them commits a change.
    """

    version = models.PositiveBigIntegerField(_("version"), default=0)

    class Meta:
        verbose_name = _("version du contenu")
        verbose_name_plural = _("versions du contenu")

    def __str__(self):
        return str(self.version)
