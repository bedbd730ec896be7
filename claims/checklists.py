"""Verification checklists: the steps a desk expects before a verdict, and the proof they were
taken.

A claim taken into review gets the steps of every active template it fits (its kind, a flag,
its claimant's kind), copied; a person adds a template by hand from the claim page (images and
video fit no kind). A fact-checker ticks a step, with a note and one of the claim's sources as
its evidence; an editor waives a required step with a reason. A verdict cannot be proposed
while a required step is open. Every change is a ClaimEvent of the claim's history, and every
write compares the step's version (two people ticking the same step: the second is told).
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from claims import roles
from claims.models import (
    ChecklistStep,
    ChecklistTemplate,
    Claim,
    ClaimEvent,
    ClaimSource,
    Snapshot,
)
from claims.services import (
    AlreadyDecided,
    ClaimActionRefused,
    NotAllowed,
    _record,
    _require_edit_rights,
)


class StaleStep(AlreadyDecided):
    """Someone changed the step since it was read: nothing was written."""


class StepsOpen(ClaimActionRefused):
    """A verdict was asked for while required steps are open."""

    def __init__(self, message: str, *, steps: list[ChecklistStep]):
        self.steps = steps
        super().__init__(message)


def templates_for(claim: Claim) -> list[ChecklistTemplate]:
    templates = ChecklistTemplate.objects.filter(is_active=True).prefetch_related("steps")
    return [template for template in templates if template.fits(claim)]


def attach(*, claim: Claim, by, templates: list[ChecklistTemplate] | None = None) -> int:
    """Copy the steps of the templates (by default: every active one the claim fits) onto the
    claim, skipping templates it already has. Returns how many steps were added."""
    if templates is None:
        templates = templates_for(claim)
    had = set(claim.checklist_steps.values_list("template_id", flat=True).distinct())
    added = 0
    with transaction.atomic():
        for template in templates:
            if template.pk in had:
                continue
            steps = [
                ChecklistStep(
                    claim=claim,
                    template=template,
                    checklist=template.name,
                    position=number,
                    instruction=step.instruction,
                    is_required=step.is_required,
                )
                for number, step in enumerate(template.steps.all(), start=1)
            ]
            if not steps:
                continue
            ChecklistStep.objects.bulk_create(steps)
            added += len(steps)
            _record(
                claim=claim,
                by=by,
                action=ClaimEvent.Action.CHECKLIST,
                message=f"Checklist “{template.name}” added ({len(steps)} steps).",
            )
    return added


def attach_by_hand(*, claim: Claim, template: ChecklistTemplate, by) -> int:
    _require_edit_rights(claim=claim, by=by)
    if not template.is_active:
        raise ClaimActionRefused(f"The checklist “{template}” is not active.")
    if claim.checklist_steps.filter(template=template).exists():
        raise AlreadyDecided(f"This claim already has the checklist “{template}”.")
    if not template.steps.exists():
        raise ClaimActionRefused(f"The checklist “{template}” has no steps yet.")
    return attach(claim=claim, by=by, templates=[template])


def open_required(claim: Claim) -> list[ChecklistStep]:
    return list(
        claim.checklist_steps.filter(is_required=True, state=ChecklistStep.State.OPEN).order_by(
            "checklist", "position"
        )
    )


def require_steps_done(claim: Claim) -> None:
    """The gate before a verdict: every required step done or waived."""
    missing = open_required(claim)
    if missing:
        listed = "; ".join(f"“{step.instruction}” ({step.checklist})" for step in missing[:5])
        more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
        raise StepsOpen(
            f"A verdict needs the required checklist steps done or waived by an editor: "
            f"{listed}{more}.",
            steps=missing,
        )


def step_update(
    *,
    step: ChecklistStep,
    by,
    expected_version: int,
    state: str,
    note: str | None = None,
    evidence: ClaimSource | type[...] | None = ...,
    snapshot: Snapshot | type[...] | None = ...,
    reason: str = "",
) -> ChecklistStep:
    """Tick (done), reopen (open) or waive a step. Waiving is an editor's, with a reason; the
    evidence must be one of the claim's own sources."""
    claim = step.claim
    _require_edit_rights(claim=claim, by=by)
    if claim.status == Claim.Status.SIGNED_OFF:
        raise ClaimActionRefused(
            "This claim's verdict is signed off; reopen it (move it back to “In review”) to "
            "change its checklist."
        )
    if state not in ChecklistStep.State.values:
        raise ClaimActionRefused(
            f"Unknown state {state!r}: use {', '.join(ChecklistStep.State.values)}."
        )
    fields: dict = {"state": state}
    if note is not None:
        fields["note"] = note.strip()
    if evidence is not ...:
        if evidence is not None and evidence.claim_id != claim.pk:
            raise ClaimActionRefused("The evidence must be one of this claim's sources.")
        fields["evidence"] = evidence
    if snapshot is not ...:
        if snapshot is not None and not (
            snapshot.outcome == Snapshot.Outcome.CAPTURED
            and claim.claim_sources.filter(source_id=snapshot.source_id).exists()
        ):
            raise ClaimActionRefused(
                "The evidence must be a captured page of one of this claim's sources."
            )
        fields["evidence_snapshot"] = snapshot
    if state == ChecklistStep.State.WAIVED:
        if not roles.is_editor(by):
            raise NotAllowed("Only an editor can waive a checklist step.")
        if not reason.strip():
            raise ClaimActionRefused("Say why the step is waived.")
        fields["waived_reason"] = reason.strip()
    else:
        fields["waived_reason"] = ""
    if state == ChecklistStep.State.OPEN:
        fields.update(decided_by=None, decided_at=None)
    else:
        fields.update(decided_by=by, decided_at=timezone.now())
    with transaction.atomic():
        written = ChecklistStep.objects.filter(pk=step.pk, version=expected_version).update(
            **fields, version=F("version") + 1
        )
        if written != 1:
            current = ChecklistStep.objects.select_related("decided_by").get(pk=step.pk)
            who = current.decided_by.get_username() if current.decided_by else "someone"
            raise StaleStep(
                f"{who} changed this step while you had it open (it is now "
                f"“{current.get_state_display()}”). Reload the claim, then try again."
            )
        step.refresh_from_db()
        verb = {"done": "done", "open": "reopened", "waived": "waived"}[state]
        details = [f"Step “{step.instruction}” ({step.checklist}) {verb}"]
        if state == ChecklistStep.State.WAIVED:
            details.append(f"reason: {step.waived_reason}")
        elif step.note and note is not None:
            details.append(f"note: {step.note}")
        if step.evidence_id and state == ChecklistStep.State.DONE:
            details.append(f"evidence: {step.evidence.source}")
        if step.evidence_snapshot_id and state == ChecklistStep.State.DONE:
            captured = step.evidence_snapshot
            details.append(
                f"snapshot: {captured.url} as captured {captured.fetched_at:%Y-%m-%d %H:%M} UTC, "
                f"SHA-256 {captured.sha256[:12]}…"
            )
        _record(
            claim=claim,
            by=by,
            action=ClaimEvent.Action.CHECKLIST,
            message="; ".join(details)[:1000] + ".",
        )
    return step


def carry_over(*, claim: Claim, earlier: Claim, by) -> int:
    """A confirmed same claim takes over the verdict of an earlier one: the steps the earlier
    claim had done or waived (same template, same place) count as done here, each saying
    where it was done. Returns how many were carried."""
    done = {
        (step.template_id, step.position): step
        for step in earlier.checklist_steps.exclude(state=ChecklistStep.State.OPEN)
        if step.template_id is not None
    }
    carried = 0
    where = f"claim #{earlier.ordinal} of “{earlier.article}”"
    for step in claim.checklist_steps.filter(state=ChecklistStep.State.OPEN):
        source = done.get((step.template_id, step.position))
        if source is None:
            continue
        step_update(
            step=step,
            by=by,
            expected_version=step.version,
            state=ChecklistStep.State.DONE,
            note=f"Done on {where}: {source.get_state_display().lower()}"
            + (
                f" ({source.note or source.waived_reason})"
                if source.note or source.waived_reason
                else ""
            )
            + ".",
        )
        carried += 1
    return carried


def progress(article_ids: list[int]) -> dict[int, tuple[int, int]]:
    """Per article: (steps done or waived, steps) over its claims' checklists, one query."""
    rows = (
        ChecklistStep.objects.filter(claim__article_id__in=article_ids)
        .values("claim__article_id")
        .annotate(total=Count("pk"), closed=Count("pk", filter=~Q(state="open")))
    )
    return {row["claim__article_id"]: (row["closed"], row["total"]) for row in rows}


def steps_done(claim: Claim) -> list[ChecklistStep]:
    """What was done to reach the verdict, for the published review: the steps ticked."""
    return [step for step in claim.checklist_steps.all() if step.state == ChecklistStep.State.DONE]
