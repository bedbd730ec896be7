"""The public value types of the extraction engine.

Everything here is a frozen dataclass so that a result can be cached, hashed, shared between
threads and compared in tests. Every offset is a Python ``str`` index into the exact text that
was extracted (for ``extract_html`` that is the main text trafilatura returned, kept in
``ExtractionResult.text``), so ``text[start:end]`` always gives back the span's ``text``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

# The kinds a claim can have. Documented in claims/extraction/README.md.
CLAIM_KINDS = (
    "statement",  # an assertion with nothing more specific to say about it
    "statistic",  # the assertion is about a number, count, share or amount
    "quote",  # the words are a direct quotation of the claimant
    "accusation",  # someone accuses / blames / charges someone else
    "denial",  # someone denies or rejects a claim or a charge
    "estimate",  # an estimated figure (cue "estimates", "put the number at", "UN estimates")
    "prediction",  # a claim about the future ("will", "expects", "warned that ... would")
)

# Who made a claim. Documented in claims/extraction/README.md.
CLAIMANT_KINDS = (
    "person",  # a named individual, or a pronoun resolved to one
    "organisation",  # a company, union, NGO, court, party, university, hospital, agency
    "media",  # a news outlet, channel, agency, newspaper, a journalist of one
    "government",  # a government, ministry, official, police, army, public body
    "document",  # a report, study, survey, video, statement, data, figures, estimates
    "anonymous",  # a source the text itself does not name ("sources", "a person familiar")
    "group",  # an unorganised plural: activists, residents, witnesses, observers
    "unknown",  # an unresolved pronoun or a speaker we cannot place
)

FLAGS = ("unverified", "anonymous_source", "hedged", "statistic", "direct_quote")
RELATION_TYPES = ("denies", "contradicts", "supports")


class ExtractionError(ValueError):
    """The input cannot be read as an article; the message is meant for a person."""


def _quick_init(cls: type) -> type:
    """Give a frozen, slotted dataclass a faster __init__ with the same parameters.

    The __init__ that dataclass(frozen=True) writes stores each field with
    object.__setattr__(self, name, value) (the class refuses plain assignment), which looks
    the name up each time; this one calls each slot's own descriptor. A claim builds several of
    these objects, so the pipeline's last stage spends noticeably less on them.
    """
    fields = dataclasses.fields(cls)
    namespace: dict[str, Any] = {}
    parameters = []
    for field in fields:
        assert field.default_factory is dataclasses.MISSING and field.init
        namespace[f"_set_{field.name}"] = getattr(cls, field.name).__set__
        if field.default is dataclasses.MISSING:
            parameters.append(field.name)
        else:
            namespace[f"_default_{field.name}"] = field.default
            parameters.append(f"{field.name}=_default_{field.name}")
    body = "".join(f"\n    _set_{field.name}(self, {field.name})" for field in fields)
    exec(f"def __init__(self, {', '.join(parameters)}):{body}", namespace)
    namespace["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = namespace["__init__"]  # type: ignore[misc]
    return cls


@_quick_init
@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@_quick_init
@dataclass(frozen=True, slots=True)
class Claimant:
    """Who made a claim, as written in the claim's own sentence.

    ``resolved`` points at the named antecedent when the claimant is a pronoun or a definite
    description ("he", "the company"); ``kind`` is then the antecedent's kind.
    """

    text: str
    start: int
    end: int
    kind: str
    resolved: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "resolved": self.resolved.to_dict() if self.resolved else None,
        }


@_quick_init
@dataclass(frozen=True, slots=True)
class Relation:
    type: str  # one of RELATION_TYPES
    target: int  # index into ExtractionResult.claims

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "target": self.target}


@_quick_init
@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    text: str
    start: int
    end: int
    sentence: Span
    source: Claimant | None
    cue: Span | None
    flags: tuple[str, ...]
    kind: str
    checkworthiness: float
    reasons: tuple[str, ...]
    relations: tuple[Relation, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": {"start": self.sentence.start, "end": self.sentence.end},
            "source": self.source.to_dict() if self.source else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "flags": list(self.flags),
            "kind": self.kind,
            "checkworthiness": self.checkworthiness,
            "reasons": list(self.reasons),
            "relations": [relation.to_dict() for relation in self.relations],
        }


@_quick_init
@dataclass(frozen=True, slots=True)
class FurnitureSpan:
    """A stretch of page furniture (breadcrumb, byline, wire credit ...) that is not a claim."""

    text: str
    start: int
    end: int
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "kind": self.kind}


@dataclass(frozen=True, slots=True)
class ArticleMetadata:
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    published: str | None = None  # ISO 8601 date or datetime (no time zone), or None
    furniture: tuple[FurnitureSpan, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "outlet": self.outlet,
            "byline": self.byline,
            "dateline": self.dateline,
            "published": self.published,
            "furniture": [span.to_dict() for span in self.furniture],
        }


@dataclass(frozen=True, slots=True)
class ExtractionResult:
    text: str
    metadata: ArticleMetadata
    claims: tuple[ExtractedClaim, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "metadata": self.metadata.to_dict(),
            "claims": [claim.to_dict() for claim in self.claims],
        }
