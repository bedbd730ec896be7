"""The fact-checkers' workspace in the admin, through the test client as a browser would use it:
forms are read from the served HTML and posted back with the person's changes."""

import lxml.html
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article, Claim, ClaimEvent, ClaimSource, ReviewNote, Source
from claims.services import article_ingest
from tests.support.seed import SEED

pytestmark = pytest.mark.django_db

ADD_ARTICLE = reverse("admin:claims_article_add")


def form_values(response, form_id: str) -> dict:
    """What a browser would submit from the page's form, unchanged."""
    document = lxml.html.fromstring(response.content.decode())
    form = document.get_element_by_id(form_id)
    values: dict[str, list[str]] = {}
    for name, value in form.form_values():
        values.setdefault(name, []).append(value)
    return {name: items[0] if len(items) == 1 else items for name, items in values.items()}


def claim_form(client, claim: Claim) -> dict:
    response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert response.status_code == 200
    return form_values(response, "claim_form")


@pytest.fixture
def seed_article(fact_checker):
    return article_ingest(text=SEED, by=fact_checker)


def accusation(article: Article) -> Claim:
    return article.claims.get(text__contains="expanding its use of widely banned cluster bombs")


# --- adding articles ---------------------------------------------------------------------------


def test_pasting_the_seed_article_shows_its_claims_highlighted(client, fact_checker):
    client.force_login(fact_checker)
    response = client.post(ADD_ARTICLE, {"text": SEED, "desk": "World"}, follow=True)
    article = Article.objects.get()
    assert response.redirect_chain[-1][0] == article.get_absolute_url()
    page = response.content.decode()
    claims = list(article.claims.all())
    assert page.count('<a class="claim status-new') == len(claims)
    for claim in claims:
        assert reverse("admin:claims_claim_change", args=[claim.pk]) in page
    assert 'class="claimant"' in page and 'class="cue"' in page
    assert "Claims, most worth checking first" in page
    assert "denies" in page  # the relations list
    assert f"{len(claims)} claims found" in page


def test_uploading_a_text_file_works_like_pasting(client, fact_checker):
    client.force_login(fact_checker)
    upload = SimpleUploadedFile("khalluf.txt", SEED.encode("utf-8"), "text/plain")
    response = client.post(ADD_ARTICLE, {"upload": upload})
    assert response.status_code == 302
    assert Article.objects.get().claims.count() > 10


def test_uploading_an_html_file_extracts_its_main_text(client, fact_checker):
    client.force_login(fact_checker)
    paragraphs = "".join(f"<p>{line}</p>" for line in SEED.split("\n\n")[3:12])
    html = (
        "<html><head><title>Top Syrian general defects</title></head><body>"
        "<nav>Home / World</nav><article>" + paragraphs + "</article></body></html>"
    )
    response = client.post(
        ADD_ARTICLE, {"upload": SimpleUploadedFile("page.html", html.encode(), "text/html")}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get()
    assert "<p>" not in article.body
    assert "Khalluf" in article.body


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"text": ""}, "Paste the article, upload a file or give its URL."),
        ({"text": "   \n  "}, "The pasted text is empty."),
        ({"text": SEED, "url": "https://example.org/a"}, "one way only"),
        (
            {"upload": SimpleUploadedFile("scan.pdf", b"%PDF-1.4 ...", "application/pdf")},
            "is not a .txt or .html file",
        ),
        (
            {"upload": SimpleUploadedFile("article.txt", b"Text\x00\x01\x02", "text/plain")},
            "looks binary",
        ),
        (
            {"upload": SimpleUploadedFile("article.txt", "Caf\xe9 news".encode("latin-1"))},
            "not UTF-8",
        ),
        ({"text": "Home / World\n\nAdvertisement\n\nEditor's picks\n"}, ""),
    ],
)
def test_bad_input_gets_a_clear_message_and_stores_nothing(client, fact_checker, data, message):
    client.force_login(fact_checker)
    response = client.post(ADD_ARTICLE, data)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="errornote"' in page or 'class="errorlist' in page
    assert message in page
    assert Article.objects.count() == 0


def test_an_oversized_upload_is_refused_with_the_limit(client, fact_checker, settings):
    settings.ARTICLE_UPLOAD_MAX_BYTES = 2048
    client.force_login(fact_checker)
    upload = SimpleUploadedFile("long.txt", b"The minister said so. " * 200)
    response = client.post(ADD_ARTICLE, {"upload": upload})
    assert "the limit is" in response.content.decode()
    assert Article.objects.count() == 0


def test_a_duplicate_sends_the_person_to_the_existing_article(client, fact_checker, seed_article):
    client.force_login(fact_checker)
    response = client.post(ADD_ARTICLE, {"text": SEED}, follow=True)
    assert response.redirect_chain[-1][0] == seed_article.get_absolute_url()
    assert "already on the desk" in response.content.decode()
    assert Article.objects.count() == 1


def test_a_url_is_recorded_and_its_fetch_sent_after_commit(
    client, fact_checker, django_capture_on_commit_callbacks
):
    client.force_login(fact_checker)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(ADD_ARTICLE, {"url": "https://news.example.org/story"})
    article = Article.objects.get()
    assert response.status_code == 302
    assert article.ingest_status == "fetching"
    assert len(callbacks) == 1
    page = client.get(article.get_absolute_url()).content.decode()
    assert "ingest-progress" in page
    status = client.get(reverse("admin:claims_article_ingest_status", args=[article.pk])).json()
    assert status == {"status": "fetching", "error": "", "claims": 0, "matched": False}


# --- working a claim ---------------------------------------------------------------------------


def test_the_claim_page_shows_the_claim_in_its_sentence_with_reasons(
    client, fact_checker, seed_article
):
    client.force_login(fact_checker)
    claim = accusation(seed_article)
    page = client.get(reverse("admin:claims_claim_change", args=[claim.pk])).content.decode()
    context = page[page.index('class="claim-context"') :]
    context = context[: context.index("</div>")]
    assert f'class="claim status-new" id="claim-{claim.pk}"' in context
    assert '<span class="claimant">observers</span>' in context
    assert '<span class="cue">said</span>' in context
    for reason in claim.checkworthiness_reasons:
        assert reason.split("'")[0] in page


def test_saving_the_claim_page_edits_through_the_services(client, fact_checker, seed_article):
    client.force_login(fact_checker)
    claim = accusation(seed_article)
    data = claim_form(client, claim)
    data.update(priority="1")
    response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    claim.refresh_from_db()
    assert claim.priority == 1
    assert claim.version == 2
    assert claim.events.filter(action="edited", actor=fact_checker).exists()


def test_a_stale_save_is_refused_showing_what_changed_and_keeping_the_input(
    client, fact_checker, editor, seed_article
):
    claim = accusation(seed_article)
    client.force_login(fact_checker)
    mine = claim_form(client, claim)
    client.force_login(editor)
    theirs = claim_form(client, claim)
    theirs.update(priority="1")
    assert (
        client.post(reverse("admin:claims_claim_change", args=[claim.pk]), theirs).status_code
        == 302
    )

    client.force_login(fact_checker)
    mine.update(priority="4", claimant="Observers in Syria")
    response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]), mine)
    page = response.content.decode()
    assert response.status_code == 200
    assert "Someone else saved this claim" in page
    assert "edith changed priority from “3” to “1”" in page
    assert 'value="Observers in Syria"' in page  # the person's input is still there
    claim.refresh_from_db()
    assert claim.priority == 1 and claim.claimant != "Observers in Syria"
    # saving again on purpose applies it
    again = form_values(response, "claim_form")
    response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]), again)
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.priority == 4 and claim.claimant == "Observers in Syria"


def test_a_verdict_with_its_note_and_source_in_the_same_save(client, fact_checker, seed_article):
    claim = accusation(seed_article)
    claim.status = "in_review"
    claim.save()
    source = Source.objects.create(name="Human Rights Watch report", kind="document")
    client.force_login(fact_checker)
    data = claim_form(client, claim)
    data.update(
        {
            "status": "verdict_proposed",
            "verdict": "true",
            "claim_sources-0-source": str(source.pk),
            "claim_sources-0-role": "supports",
            "notes-0-kind": "evidence",
            "notes-0-body": "HRW documented 119 cluster munition sites.",
        }
    )
    response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data)
    assert response.status_code == 302, response.content.decode()[:4000]
    claim.refresh_from_db()
    assert claim.status == "verdict_proposed" and claim.verdict == "true"
    assert ClaimSource.objects.filter(claim=claim, source=source, role="supports").exists()
    assert ReviewNote.objects.filter(claim=claim, kind="evidence").exists()
    actions = set(claim.events.values_list("action", flat=True))
    assert {"transition", "note_added", "source_added"} <= actions


def test_a_verdict_without_evidence_is_refused_and_nothing_is_kept(
    client, fact_checker, seed_article
):
    claim = accusation(seed_article)
    claim.status = "in_review"
    claim.save()
    client.force_login(fact_checker)
    data = claim_form(client, claim)
    data.update(status="verdict_proposed", verdict="false", priority="1")
    response = client.post(reverse("admin:claims_claim_change", args=[claim.pk]), data)
    assert response.status_code == 200
    assert "A verdict needs" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == "in_review" and claim.priority == 3
    assert not claim.events.exists() or not claim.events.filter(action="edited").exists()


def test_a_fact_checker_sees_but_cannot_change_a_colleagues_claim(
    client, fact_checker, other_fact_checker, seed_article
):
    claim = accusation(seed_article)
    claim.assignee = other_fact_checker
    claim.save()
    client.force_login(fact_checker)
    url = reverse("admin:claims_claim_change", args=[claim.pk])
    page = client.get(url).content.decode()
    assert 'id="claim_form"' in page and 'name="priority"' not in page
    assert client.post(url, {"priority": "1"}).status_code == 403


def test_someone_with_no_role_sees_nothing(client, outsider, seed_article):
    outsider.is_staff = True
    outsider.save()
    client.force_login(outsider)
    assert client.get(reverse("admin:claims_claim_changelist")).status_code == 403
    assert client.get(reverse("admin:claims_article_changelist")).status_code == 403
    assert client.get(ADD_ARTICLE).status_code == 403


# --- lists, filters and actions ----------------------------------------------------------------


def changelist(client, **query):
    return client.get(reverse("admin:claims_claim_changelist"), query)


def test_filters_a_desk_uses(client, fact_checker, other_fact_checker, seed_article):
    from datetime import timedelta

    from django.utils import timezone

    claims = list(seed_article.claims.order_by("ordinal"))
    Claim.objects.filter(pk=claims[0].pk).update(
        assignee=fact_checker, due_at=timezone.now() - timedelta(hours=2)
    )
    Claim.objects.filter(pk=claims[1].pk).update(assignee=other_fact_checker)
    client.force_login(fact_checker)
    mine = changelist(client, assigned="mine").context["cl"].result_list
    assert [claim.pk for claim in mine] == [claims[0].pk]
    overdue = changelist(client, due="overdue").context["cl"].result_list
    assert [claim.pk for claim in overdue] == [claims[0].pk]
    contested = changelist(client, contested="yes").context["cl"].result_list
    assert accusation(seed_article) in contested
    by_article = changelist(client, article=seed_article.pk).context["cl"].result_list
    assert len(by_article) == len(claims)
    high = changelist(client, worthiness="high").context["cl"].result_list
    assert all(claim.checkworthiness >= 0.7 for claim in high)
    searched = changelist(client, q="cluster").context["cl"].result_list
    assert searched and all("cluster" in claim.text.lower() for claim in searched)


def test_assign_to_me_action(client, fact_checker, seed_article):
    client.force_login(fact_checker)
    claim = accusation(seed_article)
    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "assign_to_me", "_selected_action": [claim.pk]},
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.assignee == fact_checker


def test_move_to_status_action_asks_then_applies_and_reports_refusals(
    client, fact_checker, seed_article
):
    client.force_login(fact_checker)
    first, second = seed_article.claims.order_by("ordinal")[:2]
    Claim.objects.filter(pk=second.pk).update(status="dismissed")
    url = reverse("admin:claims_claim_changelist")
    selected = {"action": "move_to_status", "_selected_action": [first.pk, second.pk]}
    asked = client.post(url, selected)
    assert asked.status_code == 200 and "Move claims to a status" in asked.content.decode()
    response = client.post(url, {**selected, "apply": "1", "status": "in_review"}, follow=True)
    page = response.content.decode()
    assert "Moved to “In review”: 1 claim." in page
    assert "cannot move to" in page
    first.refresh_from_db()
    assert first.status == "in_review"


def test_split_and_merge_are_recorded(client, fact_checker, seed_article):
    client.force_login(fact_checker)
    claim = seed_article.claims.get(text__startswith="Khalluf defected along with his son")
    first_part = "Khalluf defected along with his son"
    response = client.post(
        reverse("admin:claims_claim_split", args=[claim.pk]), {"first_part": first_part}
    )
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.text == first_part
    second = seed_article.claims.order_by("-ordinal").first()
    assert second.text.startswith("Captain Ezzedine")
    assert ClaimEvent.objects.filter(action="split").count() == 2

    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "merge", "_selected_action": [claim.pk, second.pk]},
    )
    claim.refresh_from_db()
    second.refresh_from_db()
    assert claim.text.startswith(first_part) and claim.end == second.end
    assert second.status == "dismissed"
    assert second.relations_out.filter(type="same_as", to_claim=claim).exists()


def test_adding_a_claim_by_hand(client, fact_checker, seed_article):
    client.force_login(fact_checker)
    url = reverse("admin:claims_article_add_claim", args=[seed_article.pk])
    refused = client.post(url, {"text": "Words that are not in the article"})
    assert "must be words of the article" in refused.content.decode()
    response = client.post(url, {"text": "high-level defections have been rare"})
    claim = seed_article.claims.get(origin="manual")
    assert response.status_code == 302
    assert seed_article.body[claim.start : claim.end] == claim.text
    assert claim.events.get().actor == fact_checker


def test_an_implausible_deadline_is_refused_on_the_article_page(client, fact_checker, seed_article):
    client.force_login(fact_checker)
    url = f"/admin/claims/article/{seed_article.pk}/change/"
    data = form_values(client.get(url), "article_form")
    data.update({"verify_by_0": "0001-01-01", "verify_by_1": "00:00:00"})
    response = client.post(url, data)
    assert response.status_code == 200
    assert "surely a typing mistake" in response.content.decode()
    seed_article.refresh_from_db()
    assert seed_article.verify_by is None


# --- suggested relations ---------------------------------------------------------------------


def test_a_suggested_relation_is_confirmed_or_dismissed_with_one_click(client, fact_checker):
    article = article_ingest(text=SEED, by=fact_checker)
    denial = article.claims.get(text="using cluster bombs")
    relation = denial.relations_out.get(type="denies")
    client.force_login(fact_checker)
    page = client.get(reverse("admin:claims_claim_change", args=[denial.pk]))
    document = lxml.html.fromstring(page.content.decode())
    (confirm,) = document.xpath("//button[contains(@class, 'relation-confirm')]")
    (dismiss,) = document.xpath("//button[contains(@class, 'relation-dismiss')]")

    # the button submits the claim's form to its own address: what a click sends
    response = client.post(confirm.get("formaction"), form_values(page, "claim_form"), follow=True)

    assert response.redirect_chain[-1][0] == reverse("admin:claims_claim_change", args=[denial.pk])
    relation.refresh_from_db()
    assert relation.confirmed_by == fact_checker
    assert "Confirmed: #" in response.content.decode()
    after = lxml.html.fromstring(response.content.decode())
    assert not after.xpath("//button[contains(@class, 'relation-confirm')]")

    # the dismiss button of a confirmed relation is gone too; an old page still posting it
    # removes the relation, which a later extraction does not bring back
    client.post(dismiss.get("formaction"), {})
    assert not denial.relations_out.filter(type="denies").exists()


def test_deciding_on_a_relation_needs_a_post_and_the_right_claim(client, fact_checker, editor):
    article = article_ingest(text=SEED, by=fact_checker)
    denial = article.claims.get(text="using cluster bombs")
    relation = denial.relations_out.get(type="denies")
    other = article.claims.exclude(pk=denial.pk).first()
    client.force_login(editor)
    confirm = reverse("admin:claims_claim_relation", args=[denial.pk, relation.pk, "confirm"])
    assert client.get(confirm).status_code == 405
    wrong_claim = reverse("admin:claims_claim_relation", args=[other.pk, relation.pk, "confirm"])
    assert client.post(wrong_claim).status_code == 404
    unknown = reverse("admin:claims_claim_relation", args=[denial.pk, relation.pk, "approve"])
    assert client.post(unknown).status_code == 404
    relation.refresh_from_db()
    assert relation.confirmed_by is None
