"""The claim workflow: transitions, verdict rules, sign-off, roles and concurrent edits."""

import pytest

from claims.models import ALLOWED_TRANSITIONS, Article, Claim, ClaimEvent, Source
from claims.services import (
    ClaimActionRefused,
    NotAllowed,
    StaleClaim,
    TransitionRefused,
    claim_assign,
    claim_source_add,
    claim_transition,
    claim_update,
    note_add,
)

pytestmark = pytest.mark.django_db

BODY = (
    "Observers said the government is expanding its use of cluster bombs. "
    "The government denied using cluster bombs."
)


@pytest.fixture
def claim():
    article = Article.objects.create(title="Cluster bombs", body=BODY)
    text = "the government is expanding its use of cluster bombs"
    start = BODY.index(text)
    return Claim.objects.create(
        article=article,
        ordinal=1,
        text=text,
        start=start,
        end=start + len(text),
        sentence_start=0,
        sentence_end=BODY.index(".") + 1,
        claimant="Observers",
    )


def move(claim, to_status, by, **extra):
    return claim_transition(
        claim=claim, to_status=to_status, by=by, expected_version=claim.version, **extra
    )


def with_evidence(claim, by):
    note_add(claim=claim, by=by, body="The HRW report documents three strikes.")
    source = Source.objects.create(name="Human Rights Watch report", kind="document")
    claim_source_add(claim=claim, source=source, role="supports", by=by)
    claim.refresh_from_db()
    return claim


def test_the_whole_workflow_from_new_to_signed_off(claim, fact_checker, editor):
    claim = move(claim, "in_review", fact_checker)
    claim = with_evidence(claim, fact_checker)
    claim = move(claim, "verdict_proposed", fact_checker, verdict="true")
    assert claim.verdict_proposed_by == fact_checker
    claim = move(claim, "signed_off", editor)
    assert claim.status == "signed_off"
    assert claim.signed_off_by == editor
    assert claim.signed_off_at is not None
    transitions = claim.events.filter(action="transition").order_by("at", "pk")
    assert [(event.from_status, event.to_status) for event in transitions] == [
        ("new", "in_review"),
        ("in_review", "verdict_proposed"),
        ("verdict_proposed", "signed_off"),
    ]
    assert all(event.actor is not None for event in transitions)


@pytest.mark.parametrize(
    ("from_status", "to_status"),
    [
        (start, end)
        for start in Claim.Status.values
        for end in Claim.Status.values
        if end not in ALLOWED_TRANSITIONS[start] and end != start
    ],
)
def test_every_transition_outside_the_workflow_is_refused(claim, editor, from_status, to_status):
    Claim.objects.filter(pk=claim.pk).update(
        status=from_status, verdict="true" if from_status == "signed_off" else ""
    )
    claim.refresh_from_db()
    with pytest.raises(TransitionRefused) as refused:
        move(claim, to_status, editor)
    assert refused.value.allowed == ALLOWED_TRANSITIONS[from_status]
    claim.refresh_from_db()
    assert claim.status == from_status
    assert claim.version == 1


def test_a_verdict_without_evidence_is_refused(claim, fact_checker):
    claim = move(claim, "in_review", fact_checker)
    with pytest.raises(ClaimActionRefused, match="reviewer note and at least one source"):
        move(claim, "verdict_proposed", fact_checker, verdict="false")


def test_a_verdict_with_a_note_but_no_source_is_refused(claim, fact_checker):
    claim = move(claim, "in_review", fact_checker)
    note_add(claim=claim, by=fact_checker, body="Checked the ministry's site.")
    claim.refresh_from_db()
    with pytest.raises(ClaimActionRefused, match="supports or refutes"):
        move(claim, "verdict_proposed", fact_checker, verdict="false")


def test_a_verdict_must_be_one_of_the_scale(claim, fact_checker):
    claim = with_evidence(move(claim, "in_review", fact_checker), fact_checker)
    with pytest.raises(ClaimActionRefused, match="Choose a verdict"):
        move(claim, "verdict_proposed", fact_checker, verdict="pants on fire")


def test_a_fact_checker_cannot_sign_off(claim, fact_checker, other_fact_checker):
    claim = with_evidence(move(claim, "in_review", fact_checker), fact_checker)
    claim = move(claim, "verdict_proposed", fact_checker, verdict="true")
    with pytest.raises(NotAllowed, match="Only an editor"):
        move(claim, "signed_off", fact_checker)


def test_an_editor_cannot_sign_off_their_own_proposal(claim, editor):
    claim = with_evidence(move(claim, "in_review", editor), editor)
    claim = move(claim, "verdict_proposed", editor, verdict="misleading")
    with pytest.raises(NotAllowed, match="another editor"):
        move(claim, "signed_off", editor)


def test_reopening_a_signed_off_claim_clears_its_verdict_and_is_recorded(
    claim, fact_checker, editor
):
    claim = with_evidence(move(claim, "in_review", fact_checker), fact_checker)
    claim = move(claim, "verdict_proposed", fact_checker, verdict="true")
    claim = move(claim, "signed_off", editor)
    claim = move(claim, "in_review", editor, note="New footage contradicts the report.")
    assert claim.verdict == "" and claim.signed_off_by is None
    event = claim.events.filter(action="transition").first()
    assert (event.from_status, event.to_status) == ("signed_off", "in_review")
    assert claim.notes.filter(kind="decision").exists()


@pytest.mark.parametrize(
    ("persona", "assigned_to", "allowed"),
    [
        ("fact_checker", None, True),
        ("fact_checker", "fact_checker", True),
        ("fact_checker", "other_fact_checker", False),
        ("editor", "other_fact_checker", True),
        ("outsider", None, False),
    ],
)
def test_who_may_edit_a_claim(request, claim, persona, assigned_to, allowed):
    person = request.getfixturevalue(persona)
    if assigned_to:
        claim.assignee = request.getfixturevalue(assigned_to)
        claim.save()
    change = {"priority": Claim.Priority.HIGH}
    if allowed:
        claim = claim_update(claim=claim, by=person, expected_version=1, changes=change)
        assert claim.priority == Claim.Priority.HIGH
    else:
        with pytest.raises(NotAllowed):
            claim_update(claim=claim, by=person, expected_version=1, changes=change)
        claim.refresh_from_db()
        assert claim.priority == Claim.Priority.NORMAL


def test_a_fact_checker_takes_a_claim_but_cannot_give_it_to_someone_else(
    claim, fact_checker, other_fact_checker
):
    with pytest.raises(NotAllowed, match="Only an editor"):
        claim_assign(claim=claim, assignee=other_fact_checker, by=fact_checker, expected_version=1)
    claim = claim_assign(claim=claim, assignee=fact_checker, by=fact_checker, expected_version=1)
    assert claim.assignee == fact_checker
    with pytest.raises(NotAllowed):
        claim_assign(
            claim=claim,
            assignee=other_fact_checker,
            by=other_fact_checker,
            expected_version=claim.version,
        )


def test_an_editor_cannot_assign_someone_off_the_desk(claim, editor, outsider):
    with pytest.raises(ClaimActionRefused, match="not on the desk"):
        claim_assign(claim=claim, assignee=outsider, by=editor, expected_version=1)


def test_the_second_of_two_concurrent_edits_is_refused_and_told_what_changed(
    claim, fact_checker, editor
):
    mine = Claim.objects.get(pk=claim.pk)
    theirs = Claim.objects.get(pk=claim.pk)
    claim_update(claim=theirs, by=editor, expected_version=1, changes={"priority": 1})
    with pytest.raises(StaleClaim) as refused:
        claim_update(claim=mine, by=fact_checker, expected_version=1, changes={"priority": 4})
    assert refused.value.changed == {"priority": (3, 1)}
    assert "edith changed priority from “3” to “1”" in str(refused.value)
    claim.refresh_from_db()
    assert claim.priority == 1
    assert claim.version == 2


def test_racing_transitions_let_only_one_through(claim, fact_checker, editor):
    first = Claim.objects.get(pk=claim.pk)
    second = Claim.objects.get(pk=claim.pk)
    move(first, "in_review", fact_checker)
    with pytest.raises(StaleClaim):
        move(second, "dismissed", editor)
    claim.refresh_from_db()
    assert claim.status == "in_review"
    assert claim.events.filter(action="transition").count() == 1


def test_editing_the_text_keeps_the_offsets_on_the_same_words(claim, fact_checker):
    claim = claim_update(
        claim=claim,
        by=fact_checker,
        expected_version=1,
        changes={"text": "the government is expanding its use"},
    )
    assert BODY[claim.start : claim.end] == claim.text == "the government is expanding its use"
    event = ClaimEvent.objects.get(claim=claim, action="edited")
    assert event.changes["text"] == [
        "the government is expanding its use of cluster bombs",
        "the government is expanding its use",
    ]


def test_a_text_that_is_not_in_the_article_is_refused(claim, fact_checker):
    with pytest.raises(ClaimActionRefused, match="words of the article"):
        claim_update(claim=claim, by=fact_checker, expected_version=1, changes={"text": "Aliens"})


def test_moving_the_offsets_updates_the_text(claim, fact_checker):
    claim = claim_update(
        claim=claim,
        by=fact_checker,
        expected_version=1,
        changes={"start": BODY.index("The gov"), "end": BODY.index(" denied")},
    )
    assert claim.text == "The government"
    assert claim.sentence_end >= claim.end
