"""A stand-in for the GraphQL endpoint that declares the cost of what it ran, as cms/api/view.py
does once the document's cost is computed: `?cost=N`."""

from django.http import JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt

from cms.api.auth import InvalidToken, user_from_request


@csrf_exempt
def costly(request):
    try:
        request.user = user_from_request(request)
    except InvalidToken:
        return JsonResponse({"errors": []}, status=401)
    request.graphql_cost = int(request.GET.get("cost", "1"))
    return JsonResponse({"data": {"ok": True}})


urlpatterns = [path("graphql/", costly)]
