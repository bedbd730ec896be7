"""One JSON error shape for the whole API:

{"error": {"code": "not_found", "message": "A sentence a person can act on.",
           "fields": {"field": ["what is wrong with it"]}}}
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims import checklists, services
from claims.claimreview import ImportRefused


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_code = "precondition_failed"
    default_detail = "The claim changed since you read it."


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_code = "precondition_required"
    default_detail = (
        "Send the claim's ETag in an If-Match header, so that you never overwrite someone "
        "else's change without seeing it."
    )


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"


def error_body(code: str, message: str, fields: dict | None = None, **extra) -> dict:
    error = {"code": code, "message": message}
    if fields:
        error["fields"] = fields
    error.update(extra)
    return {"error": error}


def _flatten(detail) -> dict:
    """DRF's nested error details to {"field": ["message", ...]}."""
    fields: dict[str, list[str]] = {}

    def walk(prefix: str, value) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), inner)
        elif isinstance(value, list):
            if all(not isinstance(item, dict | list) for item in value):
                fields.setdefault(prefix or "non_field_errors", []).extend(str(v) for v in value)
            else:
                for index, inner in enumerate(value):
                    walk(f"{prefix}[{index}]", inner)
        else:
            fields.setdefault(prefix or "non_field_errors", []).append(str(value))

    walk("", detail)
    return fields


def api_exception_handler(exception, context):
    """Every refusal, whether DRF's or the services', in the one shape with the right status."""
    if isinstance(exception, services.StaleClaim):
        return Response(
            error_body(
                "precondition_failed",
                str(exception),
                current_version=exception.current.version,
            ),
            status=412,
            headers={"ETag": f'"{exception.current.pk}-{exception.current.version}"'},
        )
    if isinstance(exception, services.TransitionRefused):
        return Response(
            error_body("transition_refused", str(exception), allowed=list(exception.allowed)),
            status=409,
        )
    if isinstance(exception, checklists.StepsOpen):
        return Response(
            error_body(
                "checklist_incomplete",
                str(exception),
                open_steps=[step.pk for step in exception.steps],
            ),
            status=409,
        )
    if isinstance(exception, checklists.StaleStep):
        return Response(error_body("precondition_failed", str(exception)), status=412)
    if isinstance(exception, services.AlreadyDecided):
        return Response(error_body("conflict", str(exception)), status=409)
    if isinstance(exception, services.NotAllowed):
        return Response(error_body("permission_denied", str(exception)), status=403)
    if isinstance(exception, services.DuplicateArticle):
        return Response(
            error_body("duplicate", str(exception), existing=exception.article.pk), status=409
        )
    if isinstance(exception, services.SourceRejected) and exception.existing is not None:
        return Response(
            error_body("duplicate", str(exception), existing=exception.existing.pk), status=409
        )
    if isinstance(
        exception,
        services.ClaimActionRefused
        | services.ArticleRejected
        | services.SourceRejected
        | ImportRefused,
    ):
        return Response(error_body("invalid", str(exception)), status=400)
    if isinstance(exception, Http404):
        exception = exceptions.NotFound()
    elif isinstance(exception, DjangoPermissionDenied):
        exception = exceptions.PermissionDenied()

    response = drf_exception_handler(exception, context)
    if response is None:
        return None  # a real bug: Django's 500 handling (and logging) takes over
    detail = response.data
    code = getattr(exception, "default_code", "error")
    if isinstance(exception, exceptions.ValidationError):
        fields = _flatten(detail)
        message = "Some fields are not valid: " + ", ".join(sorted(fields)) + "."
        if list(fields) == ["non_field_errors"]:
            message = " ".join(fields["non_field_errors"])
        response.data = error_body("invalid", message, fields)
    else:
        message = detail.get("detail", str(detail)) if isinstance(detail, dict) else str(detail)
        extra = (
            {key: value for key, value in detail.items() if key != "detail"}
            if isinstance(detail, dict)
            else {}
        )
        codes = exception.get_codes() if hasattr(exception, "get_codes") else code
        response.data = error_body(codes if isinstance(codes, str) else code, str(message), **extra)
    return response
