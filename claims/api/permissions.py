from rest_framework.permissions import BasePermission

from claims import roles


class IsOnTheDesk(BasePermission):
    """Fact-checkers and editors; an account with no role on the desk gets 403."""

    message = "Your account has no role on the desk (fact-checker or editor); ask an editor."

    def has_permission(self, request, view) -> bool:
        user = request.user
        return bool(user and user.is_authenticated) and (
            roles.is_editor(user) or roles.is_fact_checker(user)
        )


class IsEditor(BasePermission):
    message = "Only an editor can do this."

    def has_permission(self, request, view) -> bool:
        return bool(request.user and request.user.is_authenticated) and roles.is_editor(
            request.user
        )
