"""Every operation documents the errors it can answer, in the API's one error shape."""

from drf_spectacular.openapi import AutoSchema

from claims.api.serializers import ErrorSerializer

COMMON_ERRORS = {
    "400": "The input is not valid (a field, a query parameter or the body); "
    "`error.fields` says where.",
    "401": "Not authenticated: send `Authorization: Token …` or log in.",
    "403": "Your role does not allow this.",
    "404": "No such object, or no such address.",
}


class DeskAutoSchema(AutoSchema):
    def _get_response_bodies(self, direction="response"):
        responses = super()._get_response_bodies(direction)
        if direction != "response":
            return responses
        errors = dict(COMMON_ERRORS)
        if self.method in ("POST", "PUT", "PATCH", "DELETE"):
            errors["409"] = "Refused: a duplicate, or a move the workflow does not allow."
        for code, description in errors.items():
            if code not in responses:
                response = self._get_response_for_code(ErrorSerializer, code, direction=direction)
                response["description"] = description
                responses[code] = response
        return responses
