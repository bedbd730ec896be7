from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from claims.api import views

router = DefaultRouter(trailing_slash=True)
router.register("articles", views.ArticleViewSet, basename="article")
router.register("claims", views.ClaimViewSet, basename="claim")
router.register("sources", views.SourceViewSet, basename="source")
router.register("claim-sources", views.ClaimSourceViewSet, basename="claim-source")
router.register("relations", views.RelationViewSet, basename="relation")
router.register("matches", views.MatchViewSet, basename="match")
router.register("notes", views.NoteViewSet, basename="note")
router.register("checklist-steps", views.ChecklistStepViewSet, basename="checklist-step")
router.register(
    "checklist-templates", views.ChecklistTemplateViewSet, basename="checklist-template"
)
router.register("notifications", views.NotificationViewSet, basename="notification")

urlpatterns = [
    path("me/", views.me, name="me"),
    path("auth/token/", views.token, name="token"),
    path("claimreview/import/", views.claimreview_import, name="claimreview-import"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The split view serves its start-up script as a file: the CSP allows no inline script.
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    *router.urls,
    # Anything else under /api/ is a 404 in the API's error shape, not an HTML page.
    re_path(r"^.*$", views.not_found),
]
