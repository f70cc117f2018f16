"""`/sante/vivant/` (liveness: the process answers) and `/sante/` (readiness: each dependency).

Readiness has three states, because django-health-check alone answers 500 for any failing check,
a warning included, and a load balancer would then empty its pool for a lagging replica:
- « ok » (200): every dependency answers;
- « dégradé » (200): the node serves, slower or with less (the replica, Redis, the search engine or
  the task queue failing: reads on the primary, answers uncached, search on the database…);
- « indisponible » (503): the node cannot serve (its primary database is unreachable).
The state is in the body (`"statut"` in JSON, `statut:` in text) and in the `X-Sante` header.
"""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from health_check.views import HealthCheckView

from cms.observability.health import readiness_state


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

    async def get(self, request, *args, **kwargs):
        response = await super().get(request, *args, **kwargs)
        if getattr(self, "state", None) is not None:
            response["X-Sante"] = self.state.header
        return response

    def _status(self):
        self.state = readiness_state(self.results)
        return self.state.http_status

    def render_to_response_json(self, status):
        status = self._status()
        checks = {
            repr(result.check): "OK" if not result.error else str(result.error)
            for result in self.results
        }
        return JsonResponse({"statut": self.state.label, **checks}, status=status)

    def render_to_response_text(self, status):
        response = super().render_to_response_text(self._status())
        response.content = f"statut: {self.state.label}\n".encode() + response.content
        return response

    def render_to_response(self, context, **response_kwargs):
        response_kwargs["status"] = self._status()
        context["statut"] = self.state.label
        return super().render_to_response(context, **response_kwargs)
