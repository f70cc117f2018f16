import json

import pytest


class GraphQLClient:
    def __init__(self, client):
        self.client = client

    def post(self, query, variables=None, token=None, **extra):
        headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
        headers.update(extra)
        body = {"query": query}
        if variables is not None:
            body["variables"] = variables
        return self.client.post(
            "/graphql/", data=json.dumps(body), content_type="application/json", **headers
        )

    def __call__(self, query, variables=None, token=None):
        response = self.post(query, variables, token)
        assert response.status_code == 200, response.content
        payload = response.json()
        assert "errors" not in payload, payload["errors"]
        return payload["data"]


@pytest.fixture
def gql(client, db):
    return GraphQLClient(client)
