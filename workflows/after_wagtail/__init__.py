"""An app listed after wagtail.admin in INSTALLED_APPS, for what must run once Wagtail's own apps
are ready (see workflows.overrides)."""
