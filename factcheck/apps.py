from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate
from django.urls import register_converter


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Fact-checks"

    def ready(self):
        from factcheck import history  # noqa: F401  (connects the history signal)
        from factcheck.converters import UnicodeSlugConverter
        from factcheck.roles import ensure_roles

        # After every migrate, once the last of our apps (timeline, listed after this one)
        # has had its permissions created, so the groups carry all that exist.
        post_migrate.connect(
            ensure_roles,
            sender=apps.get_app_config("timeline"),
            dispatch_uid="factcheck_ensure_roles",
        )
        # Registered once, before any URLconf is read: `<uslug:slug>` in the public routes.
        register_converter(UnicodeSlugConverter, "uslug")
