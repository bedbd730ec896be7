from django.db import connection
from django.http import HttpRequest, JsonResponse


def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and docker-compose: 200 when the database answers, 503 when not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception as error:  # any database failure means "not healthy"
        return JsonResponse({"status": "unavailable", "error": type(error).__name__}, status=503)
    return JsonResponse({"status": "ok"})
