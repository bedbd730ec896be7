import json

from django.conf import settings
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser


class StrictJSONParser(JSONParser):
    """JSON bodies that are too deeply nested, or hold text that is not valid Unicode (a lone
    surrogate), are refused with a 400 like any other malformed JSON, never a 500."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - nested too deeply.") from None
        try:
            json.dumps(data, ensure_ascii=False).encode(settings.DEFAULT_CHARSET)
        except UnicodeEncodeError:
            raise ParseError("JSON parse error - text that is not valid Unicode.") from None
        except RecursionError:
            raise ParseError("JSON parse error - nested too deeply.") from None
        return data
