"""`/sante/vivant/` (liveness: the process answers) and `/sante/` (readiness: each dependency)."""

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from health_check.views import HealthCheckView


@never_cache
def alive(request):
    return HttpResponse("vivant\n", content_type="text/plain; charset=utf-8")


def readiness_checks():
    replica = getattr(settings, "DATABASE_REPLICA_ALIAS", None)
    checks = [
        ("health_check.checks.Database", {"alias": alias})
        for alias in settings.DATABASES
        if alias != replica
    ]
    if replica in settings.DATABASES:
        checks.append("cms.observability.health.Replica")
    checks += [("health_check.checks.Cache", {"alias": alias}) for alias in settings.CACHES]
    checks += ["cms.observability.health.SearchEngine", "cms.observability.health.TaskQueue"]
    return checks


class ReadinessView(HealthCheckView):
    def get_checks(self):
        self.checks = readiness_checks()
        return super().get_checks()
