from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from claims import views

admin.site.site_header = "Claim desk"
admin.site.site_title = "Claim desk"
admin.site.index_title = "Verification workspace"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="admin:index", permanent=False)),
    path("admin/", admin.site.urls),
    path("health/", views.health, name="health"),
    path("api/", include(("claims.api.urls", "api"))),
    path("factchecks/claims/<int:claim_id>/", views.public_claim_review, name="claimreview_claim"),
    path(
        "factchecks/articles/<int:article_id>/",
        views.public_article_reviews,
        name="claimreview_article",
    ),
]
