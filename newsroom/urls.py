from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

from claims import views

admin.site.site_header = "Claim desk"
admin.site.site_title = "Claim desk"
admin.site.index_title = "Verification workspace"

urlpatterns = [
    path("", RedirectView.as_view(pattern_name="dashboard", permanent=False)),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("dashboard/articles/<int:article_id>/", views.dashboard_article, name="dashboard_article"),
    path(
        "dashboard/claims/<int:claim_id>/assign/", views.dashboard_assign, name="dashboard_assign"
    ),
    path("dashboard/claims/<int:claim_id>/due/", views.dashboard_due, name="dashboard_due"),
    path(
        "dashboard/claims/<int:claim_id>/sign-off/",
        views.dashboard_sign_off,
        name="dashboard_sign_off",
    ),
    # Browsers ask for /favicon.ico on every page that names no icon (the admin's login page).
    path("favicon.ico", views.favicon, name="favicon"),
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

# A database that went away surfaces as a clean 503, wherever in the request it happened.
handler500 = "claims.views.server_error"
handler400 = "claims.views.bad_request"
