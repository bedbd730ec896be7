"""Verification checklists: the shipped templates, a claim's steps when it is taken into review,
ticking with evidence, the gate before a verdict, an editor's waiver, history and concurrency."""

import pytest
from django.core.exceptions import ValidationError

from claims import checklists
from claims.models import (
    Article,
    ChecklistStep,
    ChecklistTemplate,
    Claim,
    ClaimEvent,
    ClaimSource,
    Source,
)
from claims.services import ClaimActionRefused, NotAllowed, claim_source_add, note_add
from tests.test_workflow import move

pytestmark = pytest.mark.django_db

BODY = (
    "Health officials said dengue cases rose to 9,300 last year. "
    "An aide, who asked not to be named, said the real number was higher."
)


def make_claim(text: str, **fields) -> Claim:
    article, _ = Article.objects.get_or_create(title="Dengue", body=BODY)
    start = BODY.index(text)
    return Claim.objects.create(
        article=article,
        ordinal=article.claims.count() + 1,
        text=text,
        start=start,
        end=start + len(text),
        sentence_start=0,
        sentence_end=len(BODY),
        **fields,
    )


@pytest.fixture
def statistic():
    return make_claim("dengue cases rose to 9,300 last year", kind="statistic", flag_statistic=True)


def evidence_for(claim: Claim, by) -> ClaimSource:
    note_add(claim=claim, by=by, body="The ministry's weekly bulletin gives 9,312.")
    source = Source.objects.create(name="Ministry of Health weekly bulletin", kind="dataset")
    return claim_source_add(claim=claim, source=source, role="supports", by=by)


def tick(step: ChecklistStep, by, **extra) -> ChecklistStep:
    step.refresh_from_db()
    return checklists.step_update(
        step=step, by=by, expected_version=step.version, state=extra.pop("state", "done"), **extra
    )


def test_the_desk_starts_with_templates_for_each_kind_of_claim():
    names = set(ChecklistTemplate.objects.values_list("name", flat=True))
    assert {"Statistics", "Quotes", "Anonymous sources", "Official statements"} <= names
    assert {"Images", "Video", "Not verified in the text"} <= names
    for template in ChecklistTemplate.objects.all():
        template.full_clean()  # every shipped list names known kinds and flags
        assert template.steps.filter(is_required=True).exists()


def test_a_template_names_only_kinds_and_flags_that_exist():
    template = ChecklistTemplate(name="Typos", kinds=["statistik"], flags=["statistic", "rumour"])
    with pytest.raises(ValidationError) as refused:
        template.full_clean()
    assert "statistik" in str(refused.value) and "rumour" in str(refused.value)


def test_taken_into_review_a_statistic_gets_the_statistics_steps(statistic, fact_checker):
    assert not statistic.checklist_steps.exists()  # new: nothing asked yet
    statistic = move(statistic, "in_review", fact_checker)
    steps = list(statistic.checklist_steps.order_by("position"))
    template = ChecklistTemplate.objects.get(name="Statistics")
    assert [step.instruction for step in steps] == [s.instruction for s in template.steps.all()]
    assert {step.checklist for step in steps} == {"Statistics"}
    assert all(step.state == "open" for step in steps)
    event = statistic.events.filter(action=ClaimEvent.Action.CHECKLIST).get()
    assert "Statistics" in event.message and event.actor == fact_checker
    # Back to new and into review again: the steps are not added twice.
    statistic = move(move(statistic, "new", fact_checker), "in_review", fact_checker)
    assert statistic.checklist_steps.count() == len(steps)


def test_an_anonymous_claim_gets_its_checklist_and_a_plain_statement_none(fact_checker):
    anonymous = make_claim("the real number was higher", flag_anonymous_source=True)
    move(anonymous, "in_review", fact_checker)
    assert set(anonymous.checklist_steps.values_list("checklist", flat=True)) == {
        "Anonymous sources"
    }
    plain = make_claim("Health officials said", kind="statement")
    move(plain, "in_review", fact_checker)
    assert not plain.checklist_steps.exists()


def test_required_steps_block_the_verdict_until_done_or_waived(statistic, fact_checker, editor):
    statistic = move(statistic, "in_review", fact_checker)
    link = evidence_for(statistic, fact_checker)
    statistic.refresh_from_db()
    with pytest.raises(ClaimActionRefused, match="required checklist steps") as refused:
        move(statistic, "verdict_proposed", fact_checker, verdict="true")
    assert "Find the primary data" in str(refused.value)
    assert Claim.objects.get(pk=statistic.pk).status == "in_review"  # nothing written

    first, second, third, *optional = statistic.checklist_steps.order_by("position")
    tick(first, fact_checker, note="Bulletin of 4 January, table 2.", evidence=link)
    tick(second, fact_checker)
    # A fact-checker cannot waive; an editor can, with a reason.
    with pytest.raises(NotAllowed):
        tick(third, fact_checker, state="waived", reason="No method published.")
    with pytest.raises(ClaimActionRefused, match="why"):
        tick(third, editor, state="waived", reason="  ")
    tick(third, editor, state="waived", reason="The ministry publishes no method note.")
    assert all(step.state == "open" for step in optional)  # optional steps do not block

    statistic.refresh_from_db()
    statistic = move(statistic, "verdict_proposed", fact_checker, verdict="mostly_true")
    assert statistic.status == "verdict_proposed"
    first.refresh_from_db()
    assert first.state == "done" and first.decided_by == fact_checker
    assert first.evidence == link and first.note == "Bulletin of 4 January, table 2."
    history = list(
        statistic.events.filter(action=ClaimEvent.Action.CHECKLIST).values_list(
            "message", flat=True
        )
    )
    assert any("waived; reason: The ministry publishes no method note." in m for m in history)
    assert any("evidence: Ministry of Health weekly bulletin" in m for m in history)


def test_the_evidence_must_be_a_source_of_the_same_claim(statistic, fact_checker):
    statistic = move(statistic, "in_review", fact_checker)
    other = make_claim("the real number was higher")
    foreign = evidence_for(other, fact_checker)
    step = statistic.checklist_steps.first()
    with pytest.raises(ClaimActionRefused, match="this claim's sources"):
        tick(step, fact_checker, evidence=foreign)
    step.refresh_from_db()
    assert step.state == "open" and step.version == 1


def test_two_people_ticking_the_same_step_the_second_is_told(statistic, fact_checker, editor):
    statistic = move(statistic, "in_review", fact_checker)
    step = statistic.checklist_steps.first()
    read_version = step.version
    checklists.step_update(step=step, by=editor, expected_version=read_version, state="done")
    with pytest.raises(checklists.StaleStep, match=f"{editor.username} changed this step"):
        checklists.step_update(
            step=step, by=fact_checker, expected_version=read_version, state="open"
        )
    step.refresh_from_db()
    assert step.state == "done" and step.decided_by == editor


def test_a_template_is_added_by_hand_once(statistic, fact_checker):
    video = ChecklistTemplate.objects.get(name="Video")
    assert not video.fits(statistic)
    added = checklists.attach_by_hand(claim=statistic, template=video, by=fact_checker)
    assert added == video.steps.count()
    with pytest.raises(ClaimActionRefused, match="already has"):
        checklists.attach_by_hand(claim=statistic, template=video, by=fact_checker)


def test_a_signed_off_claim_keeps_its_checklist(statistic, fact_checker, editor):
    statistic = move(statistic, "in_review", fact_checker)
    evidence_for(statistic, fact_checker)
    for step in statistic.checklist_steps.filter(is_required=True):
        tick(step, fact_checker)
    statistic.refresh_from_db()
    statistic = move(statistic, "verdict_proposed", fact_checker, verdict="true")
    statistic = move(statistic, "signed_off", editor)
    step = statistic.checklist_steps.first()
    with pytest.raises(ClaimActionRefused, match="signed off"):
        tick(step, editor, state="open")
    assert [step.instruction for step in checklists.steps_done(statistic)] == [
        step.instruction for step in statistic.checklist_steps.filter(is_required=True)
    ]


def test_progress_per_article_in_one_query(statistic, fact_checker, django_assert_num_queries):
    statistic = move(statistic, "in_review", fact_checker)
    tick(statistic.checklist_steps.first(), fact_checker)
    total = statistic.checklist_steps.count()
    with django_assert_num_queries(1):
        progress = checklists.progress([statistic.article_id, 0])
    assert progress == {statistic.article_id: (1, total)}


# --- the API -----------------------------------------------------------------------------------


def api_as(user):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(user)
    return client


def test_the_api_ticks_a_step_with_its_etag_and_refuses_a_stale_one(statistic, fact_checker):
    statistic = move(statistic, "in_review", fact_checker)
    link = evidence_for(statistic, fact_checker)
    client = api_as(fact_checker)
    listed = client.get(f"/api/checklist-steps/?claim={statistic.pk}")
    assert listed.status_code == 200
    steps = listed.json()["results"]
    assert {step["checklist"] for step in steps} == {"Statistics"}
    first = min(steps, key=lambda step: step["position"])

    read = client.get(f"/api/checklist-steps/{first['id']}/")
    etag = read["ETag"]
    assert etag == f'"step-{first["id"]}-1"'
    assert (
        client.patch(
            f"/api/checklist-steps/{first['id']}/", {"state": "done"}, format="json"
        ).status_code
        == 428
    )
    done = client.patch(
        f"/api/checklist-steps/{first['id']}/",
        {"state": "done", "note": "Table 2 of the bulletin.", "evidence": link.pk},
        format="json",
        HTTP_IF_MATCH=etag,
    )
    assert done.status_code == 200, done.json()
    assert done.json()["state"] == "done" and done.json()["evidence"] == link.pk
    assert done["ETag"] == f'"step-{first["id"]}-2"'
    stale = client.patch(
        f"/api/checklist-steps/{first['id']}/", {"state": "open"}, format="json", HTTP_IF_MATCH=etag
    )
    assert stale.status_code == 412 and stale.json()["error"]["code"] == "precondition_failed"
    assert ChecklistStep.objects.get(pk=first["id"]).state == "done"


def propose_through_api(claim: Claim, by):
    claim.refresh_from_db()
    return api_as(by).post(
        f"/api/claims/{claim.pk}/transition/",
        {"status": "verdict_proposed", "verdict": "true"},
        format="json",
        HTTP_IF_MATCH=f'"{claim.pk}-{claim.version}"',
    )


def test_the_api_waives_only_as_an_editor_and_gates_the_verdict(statistic, fact_checker, editor):
    statistic = move(statistic, "in_review", fact_checker)
    evidence_for(statistic, fact_checker)
    required = list(statistic.checklist_steps.filter(is_required=True))
    step = required[0]
    waive = {"state": "waived", "waived_reason": "No primary data is published."}
    refused = api_as(fact_checker).patch(
        f"/api/checklist-steps/{step.pk}/", waive, format="json", HTTP_IF_MATCH="*"
    )
    assert refused.status_code == 403
    proposal = propose_through_api(statistic, fact_checker)
    assert proposal.status_code == 409, proposal.json()
    assert "required checklist steps" in proposal.json()["error"]["message"]
    assert proposal.json()["error"]["code"] == "checklist_incomplete"
    assert set(proposal.json()["error"]["open_steps"]) == {step.pk for step in required}
    for step in required:
        answer = api_as(editor).patch(
            f"/api/checklist-steps/{step.pk}/", waive, format="json", HTTP_IF_MATCH="*"
        )
        assert answer.status_code == 200, answer.json()
        assert answer.json()["decided_by"]["username"] == editor.username
    proposal = propose_through_api(statistic, fact_checker)
    assert proposal.status_code == 200, proposal.json()


def test_the_api_lists_templates_and_adds_one_by_hand(statistic, fact_checker):
    client = api_as(fact_checker)
    templates = client.get("/api/checklist-templates/").json()
    video = next(template for template in templates if template["name"] == "Video")
    assert video["steps"][0]["position"] == 1 and video["kinds"] == []
    added = client.post(
        f"/api/claims/{statistic.pk}/checklists/", {"template": video["id"]}, format="json"
    )
    assert added.status_code == 201
    assert [step["instruction"] for step in added.json()] == [
        step["instruction"] for step in video["steps"]
    ]
    again = client.post(
        f"/api/claims/{statistic.pk}/checklists/", {"template": video["id"]}, format="json"
    )
    assert again.status_code == 409
    assert (
        client.post(
            f"/api/claims/{statistic.pk}/checklists/", {"template": "video"}, format="json"
        ).status_code
        == 400
    )


def test_the_published_review_names_the_steps_done_and_the_dashboard_counts_them(
    statistic, fact_checker, editor, client
):
    from claims import claimreview

    statistic = move(statistic, "in_review", fact_checker)
    evidence_for(statistic, fact_checker)
    required = list(statistic.checklist_steps.filter(is_required=True).order_by("position"))
    for step in required[:-1]:
        tick(step, fact_checker)
    tick(required[-1], editor, state="waived", reason="No method note is published.")
    statistic.refresh_from_db()
    statistic = move(statistic, "verdict_proposed", fact_checker, verdict="true")
    statistic = move(statistic, "signed_off", editor)
    body = claimreview.claim_review(statistic)["reviewBody"]
    assert body.startswith("How this was checked: 1. Find the primary data")
    assert required[-1].instruction not in body  # waived, not done

    client.force_login(editor)
    page = client.get("/dashboard/").content.decode()
    total = statistic.checklist_steps.count()
    assert f"checklists: {len(required)}/{total} steps" in page


def test_a_captured_page_is_a_steps_evidence_and_a_bad_choice_is_told(
    statistic, fact_checker, client
):
    from claims.models import Snapshot

    statistic = move(statistic, "in_review", fact_checker)
    link = evidence_for(statistic, fact_checker)
    Source.objects.filter(pk=link.source_id).update(url="https://health.example.org/bulletin")
    captured = Snapshot.objects.create(
        source_id=link.source_id,
        url="https://health.example.org/bulletin",
        outcome="captured",
        status=200,
        sha256="0" * 64,
        stored_as="bulletin",
    )
    elsewhere = Snapshot.objects.create(
        source=Source.objects.create(name="Elsewhere", kind="media", url="https://x.example"),
        url="https://x.example",
        outcome="captured",
        status=200,
        sha256="1" * 64,
        stored_as="x",
    )
    first, second, *_ = statistic.checklist_steps.order_by("position")
    with pytest.raises(ClaimActionRefused, match="captured page of one of this claim's sources"):
        tick(first, fact_checker, snapshot=elsewhere)
    done = tick(first, fact_checker, snapshot=captured, note="Table 2.")
    assert done.evidence_snapshot == captured
    event = statistic.events.filter(action=ClaimEvent.Action.CHECKLIST).order_by("-pk").first()
    assert "SHA-256 000000000000" in event.message

    # On the claim page: the captured page is offered, and a source no longer linked is told.
    client.force_login(fact_checker)
    page = client.get(f"/admin/claims/claim/{statistic.pk}/change/").content.decode()
    assert f'name="step-{second.pk}-snapshot"' in page and "as captured" in page
    answer = client.post(
        f"/admin/claims/claim/{statistic.pk}/steps/{second.pk}/done/",
        {f"step-{second.pk}-version": "1", f"step-{second.pk}-evidence": "999999"},
        follow=True,
    )
    assert answer.status_code == 200
    assert "no longer linked to this claim" in answer.content.decode()
    second.refresh_from_db()
    assert second.state == "open"
