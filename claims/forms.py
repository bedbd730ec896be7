"""Forms of the fact-checkers' workspace. They validate input and say what is wrong in words a
person can act on; the writes are the services'."""

from __future__ import annotations

import re
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AdminSplitDateTime

from claims import roles
from claims.models import Claim
from claims.text import text_is_readable

UPLOAD_SUFFIXES = {".txt": False, ".text": False, ".html": True, ".htm": True}
META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)


def decode_upload(raw: bytes, *, is_html: bool) -> str:
    """Bytes of an uploaded article to text, or a ValidationError that says what to do."""
    if b"\x00" in raw[:65536]:
        raise forms.ValidationError(
            "This file looks binary (a PDF, Word or image file?). Save the article as .txt or "
            ".html and upload that.",
            code="binary",
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = META_CHARSET.search(raw[:4096]) if is_html else None
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    raise forms.ValidationError(
        "The file is not UTF-8 text. Save it with UTF-8 encoding and upload it again.",
        code="encoding",
    )


class ArticleIngestForm(forms.Form):
    text = forms.CharField(
        label="Paste the article",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 16, "class": "vLargeTextField ingest-text"}),
    )
    upload = forms.FileField(
        label="…or upload a .txt or .html file",
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".txt,.text,.html,.htm"}),
    )
    url = forms.URLField(
        label="…or fetch it from a URL",
        required=False,
        assume_scheme="https",
        max_length=2000,
        widget=forms.URLInput(attrs={"class": "vURLField", "placeholder": "https://"}),
    )
    desk = forms.CharField(label="Desk", required=False, max_length=100)
    verify_by = forms.SplitDateTimeField(
        label="Verify by", required=False, widget=AdminSplitDateTime()
    )

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if not upload:
            return None
        suffix = PurePath(upload.name).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            raise forms.ValidationError(
                f"“{upload.name}” is not a .txt or .html file. Save the article as text or HTML."
            )
        limit = settings.ARTICLE_UPLOAD_MAX_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                f"The file is {upload.size / 1_048_576:.1f} MB; the limit is "
                f"{limit / 1_048_576:.1f} MB. Upload the article alone."
            )
        is_html = UPLOAD_SUFFIXES[suffix]
        return decode_upload(upload.read(), is_html=is_html), is_html

    def clean(self):
        data = super().clean()
        given = [
            name
            for name in ("text", "upload", "url")
            if (data.get(name) if name != "text" else (data.get("text") or "").strip())
        ]
        if not given and not self.errors:
            if (data.get("text") or "") and not data["text"].strip():
                raise forms.ValidationError("The pasted text is empty.")
            raise forms.ValidationError("Paste the article, upload a file or give its URL.")
        if len(given) > 1:
            raise forms.ValidationError(
                "Give the article one way only: pasted text, a file or a URL."
            )
        return data


class ClaimAdminForm(forms.ModelForm):
    """The claim page. Carries the version the person loaded, so that a save over someone
    else's newer change is refused with what changed instead of silently overwriting it."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    transition_note = forms.CharField(
        label="Reason for the status change",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Recorded as a decision note with the status change (optional).",
    )

    class Meta:
        model = Claim
        fields = (
            "text",
            "claimant",
            "cue",
            "kind",
            "flag_unverified",
            "flag_anonymous_source",
            "flag_hedged",
            "flag_statistic",
            "flag_direct_quote",
            "status",
            "verdict",
            "assignee",
            "due_at",
            "priority",
        )
        widgets = {"text": forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["version"] = self.instance.version
        if "assignee" in self.fields:
            self.fields["assignee"].queryset = roles.desk_members()


class AssignForm(forms.Form):
    assignee = forms.ModelChoiceField(queryset=None, label="Assign to", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = roles.desk_members()
        self.fields["assignee"].empty_label = "Nobody (unassign)"


class DueDateForm(forms.Form):
    due_at = forms.SplitDateTimeField(label="Due", widget=AdminSplitDateTime(), required=False)


class StatusForm(forms.Form):
    status = forms.ChoiceField(label="Move to", choices=Claim.Status.choices)
    verdict = forms.ChoiceField(
        label="Verdict (when proposing one)",
        choices=[("", "—"), *Claim.Verdict.choices],
        required=False,
    )
    note = forms.CharField(label="Reason", required=False, widget=forms.Textarea(attrs={"rows": 2}))


class SplitForm(forms.Form):
    first_part = forms.CharField(
        label="The first claim ends after",
        widget=forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"}),
        help_text="Keep the words of the first claim; the rest becomes a new claim.",
    )


class ManualClaimForm(forms.Form):
    text = forms.CharField(
        label="Claim text (words of the article)",
        widget=forms.Textarea(attrs={"rows": 3, "class": "vLargeTextField"}),
    )


class CheckClaimForm(forms.Form):
    """The "check a claim" box: has the desk seen this claim before?"""

    text = forms.CharField(
        label="Claim to check",
        max_length=2000,
        widget=forms.Textarea(
            attrs={"rows": 3, "class": "vLargeTextField", "placeholder": "A sentence, a post…"}
        ),
    )

    def clean_text(self) -> str:
        text = self.cleaned_data["text"]
        if not text_is_readable(text):
            raise forms.ValidationError("Give a sentence to look for.")
        return text
