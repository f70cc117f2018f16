"""Elasticsearch 8 (search.backends.elasticsearch8_french): the backend is chosen and configured
from the environment alone.

No Elasticsearch 8 node can be assembled here (see docs/search-elasticsearch.md), so a small HTTP
server on 127.0.0.1 (tests/search/elasticsearch8/recorder.py) plays the node: the elasticsearch 8
client connects to it, the server records each request and answers with a minimal Elasticsearch 8
reply. The requests go through the real path: search.services → backend → client → HTTP.
"""

import json
import os
import subprocess
import sys

from django.conf import settings


def test_selected_by_environment_only(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "SEARCH_URL": "http://elastic:secret@127.0.0.1:9201",
        "SEARCH_BACKEND": "search.backends.elasticsearch8_french",
    }
    code = (
        "import django, json; django.setup();"
        "from wagtail.search.backends import get_search_backend;"
        "b = get_search_backend();"
        "print(json.dumps([type(b).__module__, type(b).__name__, b.hosts,"
        " b.es._headers.get('authorization', '')[:6],"
        " b.settings['settings']['analysis']['analyzer']['default']['filter'],"
        " b.get_index_for_model(__import__('search.models').models.SearchDocument).name]))"
    )
    out = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", code],
        env=env,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    module, name, hosts, auth, analysis, index = json.loads(out.stdout.strip().splitlines()[-1])
    assert (module, name) == (
        "search.backends.elasticsearch8_french",
        "FrenchElasticsearch8Backend",
    )
    assert hosts == [{"host": "127.0.0.1", "port": 9201, "path_prefix": "", "scheme": "http"}]
    assert auth == "Basic "  # the URL's credentials, as the client's basic_auth
    assert analysis == [
        "french_elision",
        "lowercase",
        "asciifolding",
        "french_stop",
        "french_plural",
        "french_feminine_ere",
        "french_feminine_ee",
        "french_stemmer",
        "french_plural_after",
    ]
    assert index == "territoires_search_searchdocument"
