"""The newsroom's two roles, kept in sync after every migrate.

- Editors import articles, curate claims, add sources and give verdicts.
- Reviewers can do all that and also publish (the public sees only published work).
Staff users can do everything through the admin as well."""

from django.contrib.auth.models import Group, Permission

EDITORS = "Editors"
REVIEWERS = "Reviewers"

EDITOR_PERMISSIONS = [
    f"{action}_{model}"
    for model in ("article", "claim", "source", "event", "timeline")
    for action in ("add", "change", "view")
] + ["delete_source"]
REVIEWER_PERMISSIONS = [*EDITOR_PERMISSIONS, "publish_article", "delete_claim", "delete_event"]


def ensure_roles(**kwargs) -> None:
    for name, codenames in ((EDITORS, EDITOR_PERMISSIONS), (REVIEWERS, REVIEWER_PERMISSIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(
            content_type__app_label__in=["factcheck", "timeline"], codename__in=codenames
        )
        group.permissions.set(permissions)
