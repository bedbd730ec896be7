"""The desk's roles, defined once: group names and the model permissions each group holds.

Object-level rules (a fact-checker edits only claims that are theirs or nobody's) live in the
services; these are the coarse permissions the admin checks first.
"""

FACT_CHECKERS = "Fact-checkers"
EDITORS = "Editors"

# codename prefixes per model, per group
GROUP_PERMISSIONS: dict[str, dict[str, tuple[str, ...]]] = {
    FACT_CHECKERS: {
        "article": ("view", "add", "change"),
        "claim": ("view", "add", "change"),
        "source": ("view", "add", "change"),
        "claimsource": ("view", "add", "change", "delete"),
        "claimrelation": ("view", "add", "change", "delete"),
        "claimmatch": ("view",),  # decided through the services (claim page, API)
        "reviewnote": ("view", "add"),
        "claimevent": ("view",),
        "notification": ("view",),
        "checklisttemplate": ("view",),
        "checklisttemplatestep": ("view",),
        "checkliststep": ("view",),  # ticked through the services (claim page, API)
        "snapshot": ("view",),  # captured by the desk, never edited
    },
    EDITORS: {
        "webhook": ("view", "add", "change", "delete"),
        "profile": ("view", "add", "change"),
        "article": ("view", "add", "change", "delete"),
        "claim": ("view", "add", "change", "delete"),
        "source": ("view", "add", "change", "delete"),
        "claimsource": ("view", "add", "change", "delete"),
        "claimrelation": ("view", "add", "change", "delete"),
        "claimmatch": ("view",),
        "reviewnote": ("view", "add"),
        "claimevent": ("view",),
        "notification": ("view",),
        "checklisttemplate": ("view", "add", "change", "delete"),
        "checklisttemplatestep": ("view", "add", "change", "delete"),
        "checkliststep": ("view",),
        "snapshot": ("view",),
    },
}


def sync_groups(apps, *, create_missing_permissions: bool = True) -> None:
    """Create the groups and give them exactly GROUP_PERMISSIONS. Run by migrations (with the
    historical app registry) and after every migrate or test flush (claims.apps), so that the
    roles always exist."""
    if create_missing_permissions:
        from django.contrib.auth.management import create_permissions

        # Within migrations, permissions are not created yet; the groups need them now.
        for app_config in apps.get_app_configs():
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, models in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        codenames = [f"{action}_{model}" for model, actions in models.items() for action in actions]
        group.permissions.set(
            Permission.objects.filter(content_type__app_label="claims", codename__in=codenames)
        )


# The groups that give a role on the desk: has_role asks only about these.
DESK_GROUPS = (FACT_CHECKERS, EDITORS)


def remember_groups(user, names: set[str]) -> None:
    """Record which desk groups `user` is in, when a query already read them (the API's
    token authentication), so has_role does not ask again."""
    user._desk_groups = set(names)


def has_role(user, group_name: str) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    # Group names are cached on the user object for the length of a request.
    if not hasattr(user, "_desk_groups"):
        user._desk_groups = set(user.groups.values_list("name", flat=True))
    return group_name in user._desk_groups


def is_editor(user) -> bool:
    return user.is_superuser or has_role(user, EDITORS)


def is_fact_checker(user) -> bool:
    return has_role(user, FACT_CHECKERS)


def can_edit_claim(user, claim) -> bool:
    """Editors edit any claim; a fact-checker edits claims that are theirs or nobody's."""
    if is_editor(user):
        return True
    return is_fact_checker(user) and claim.assignee_id in (None, user.pk)


def desk_members():
    """Everyone a claim can be assigned to and who gets reminders: active fact-checkers,
    editors and superusers."""
    from django.contrib.auth import get_user_model
    from django.db.models import Q

    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(groups__name__in=[FACT_CHECKERS, EDITORS]) | Q(is_superuser=True))
        .distinct()
        .order_by("username")
    )
