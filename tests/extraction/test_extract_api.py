"""The extraction engine's public API, the seed article and the error cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.extraction import (
    ExtractedClaim,
    ExtractionError,
    ExtractionResult,
    extract,
    extract_html,
)

SEED = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "seed"
    / "china-daily-2013-03-18-khalluf.txt"
)
GOLD_SEED = Path(__file__).resolve().parent / "gold" / "seed-khalluf.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    path = SEED if SEED.exists() else GOLD_SEED
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_text: str) -> ExtractionResult:
    return extract(seed_text)


def claim_containing(result: ExtractionResult, words: str) -> ExtractedClaim:
    for claim in result.claims:
        if words in claim.text:
            return claim
    raise AssertionError(f"no claim contains {words!r}: {[c.text for c in result.claims]}")


def test_it_reads_the_seed_metadata_into_fields(seed: ExtractionResult) -> None:
    metadata = seed.metadata
    assert metadata.title == "Top Syrian general defects to Jordan"
    assert metadata.outlet == "China Daily"
    assert metadata.byline == "Agencies"
    assert metadata.dateline == "Beirut, Lebanon"
    assert metadata.published == "2013-03-18T07:56"
    kinds = {span.text: span.kind for span in metadata.furniture}
    assert kinds["Home / China / World"] == "breadcrumb"
    assert kinds["AFP-AP"] == "wire_credit"
    assert "Editor's picks" in kinds
    assert kinds["Dwindling manpower"] == "subheading"


def test_it_takes_no_page_furniture_as_a_claim(seed: ExtractionResult) -> None:
    for claim in seed.claims:
        for span in seed.metadata.furniture:
            assert claim.end <= span.start or claim.start >= span.end, (claim.text, span.text)
        assert "Home / China" not in claim.text
        assert "AFP-AP" not in claim.text


def test_the_defection_is_attributed_to_activists(seed: ExtractionResult) -> None:
    claim = claim_containing(seed, "General Mohammed Khalluf, has defected")
    assert claim.source is not None and claim.source.text == "activists"
    assert claim.source.kind == "group"
    assert claim.cue is not None and claim.cue.text == "said"


def test_the_video_claim_is_flagged_unverified(seed: ExtractionResult) -> None:
    claim = claim_containing(seed, "a man with white hair")
    assert claim.source is not None and claim.source.text == "The video"
    assert claim.source.kind == "document"
    assert "unverified" in claim.flags
    man_in_video = claim_containing(seed, "were being escorted out of Syria")
    assert man_in_video.text.startswith("Khalluf and his family")
    assert "unverified" in man_in_video.flags


def test_al_arabiya_and_khallufs_own_claim(seed: ExtractionResult) -> None:
    arabiya = claim_containing(seed, "defected along with his son")
    assert arabiya.source is not None and arabiya.source.text == "Al-Arabiya television"
    assert arabiya.source.kind == "media"
    interview = claim_containing(seed, "he had planned his defection")
    assert interview.source is not None and interview.source.text == "he"
    assert interview.source.resolved is not None
    assert interview.source.resolved.text == "Khalluf"
    assert seed.text[interview.source.resolved.start : interview.source.resolved.end] == "Khalluf"


def test_the_cluster_bomb_accusation_and_its_two_denials(seed: ExtractionResult) -> None:
    accusation = claim_containing(seed, "expanding its use of widely banned cluster bombs")
    accusation_index = seed.claims.index(accusation)
    assert accusation.source is not None and accusation.source.text == "observers"
    assert accusation.kind == "accusation"

    government = claim_containing(seed, "using cluster bombs")
    assert government.kind == "denial"
    assert government.source is not None and government.source.text == "The government"
    assert government.cue is not None and government.cue.text == "denied"
    assert ("denies", accusation_index) in {(r.type, r.target) for r in government.relations}

    official = claim_containing(seed, "the accusation")
    assert official.kind == "denial"
    assert official.source is not None
    assert official.source.text == "A senior Syrian government official"
    assert "anonymous_source" in official.flags
    assert ("denies", accusation_index) in {(r.type, r.target) for r in official.relations}


def test_the_qualifying_sentence_is_not_a_claim(seed: ExtractionResult) -> None:
    assert not any("condition of anonymity" in claim.text for claim in seed.claims)


def test_the_un_estimate_is_attributed_and_a_statistic(seed: ExtractionResult) -> None:
    claim = claim_containing(seed, "70,000 people")
    assert claim.source is not None and claim.source.text == "UN estimates"
    assert claim.cue is not None and claim.cue.text == "according to"
    assert "statistic" in claim.flags
    assert claim.kind == "estimate"


def test_the_car_bomb_is_attributed_to_state_tv_and_activists(seed: ExtractionResult) -> None:
    claim = claim_containing(seed, "rebels detonated a powerful car bomb")
    assert claim.source is not None and claim.source.text == "state TV and activists"
    assert not claim.text.endswith("said")
    aftermath = claim_containing(seed, "rebels entered the building")
    assert aftermath.source is not None and aftermath.source.text == "State TV"


def test_unattributed_sentences_are_the_reporters_claims(seed: ExtractionResult) -> None:
    claim = claim_containing(seed, "The conflict remains deadlocked")
    assert claim.source is None and claim.cue is None


def test_every_span_points_into_the_text(seed: ExtractionResult) -> None:
    text = seed.text
    for claim in seed.claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.sentence.start <= claim.start < claim.end <= claim.sentence.end
        for span in (claim.source, claim.cue):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_to_dict_has_the_documented_shape(seed: ExtractionResult) -> None:
    data = seed.to_dict()
    json.dumps(data)  # JSON-ready
    assert set(data) == {"metadata", "claims"}
    first = data["claims"][0]
    assert set(first) == {
        "text", "start", "end", "sentence", "source", "cue", "flags", "kind",
        "checkworthiness", "reasons", "relations",
    }  # fmt: skip
    assert set(first["source"]) >= {"text", "start", "end", "kind"}
    assert set(first["cue"]) == {"text", "start", "end"}
    for claim in data["claims"]:
        for relation in claim["relations"]:
            assert 0 <= relation["target"] < len(data["claims"])


def test_it_is_deterministic(seed_text: str) -> None:
    assert extract(seed_text).to_dict() == extract(seed_text).to_dict()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("   \n\t  ", "whitespace"),
        ("abc\x00def", "binary"),
        ("\x01\x02\x03\x04\x05\x06\x07\x08 ok", "binary"),
        ("Home / World / Europe\n\nAdvertisement\n\nShare this article\n\nAFP-AP", "furniture"),
    ],
)
def test_it_refuses_input_that_is_not_an_article(text: str, message: str) -> None:
    with pytest.raises(ExtractionError, match=message):
        extract(text)


def test_extraction_error_is_a_value_error() -> None:
    assert issubclass(ExtractionError, ValueError)


def test_it_reads_the_main_text_of_html() -> None:
    html = """<html><head><title>Bridge collapses in Riverton</title>
    <meta name="author" content="Ann Lee"></head><body>
    <nav>Home / News</nav>
    <article><h1>Bridge collapses in Riverton</h1>
    <p>A road bridge collapsed in Riverton on Monday, killing 12 people, police said.</p>
    <p>The city engineer denied that the bridge had been poorly maintained.</p>
    <p>"We inspected it last year," she said.</p></article>
    <footer>Copyright 2024</footer></body></html>"""
    result = extract_html(html)
    assert "Copyright" not in result.text
    bridge = claim_containing(result, "A road bridge collapsed")
    assert result.text[bridge.start : bridge.end] == bridge.text
    assert bridge.source is not None and bridge.source.text == "police"
    assert result.metadata.title == "Bridge collapses in Riverton"


def test_html_that_is_empty_is_refused() -> None:
    with pytest.raises(ExtractionError):
        extract_html("<html><body></body></html>")


def test_an_internal_failure_is_a_readable_error_and_a_logged_traceback(monkeypatch, caplog):
    from claims.extraction import pipeline

    def broken(text):
        raise TypeError("a bug")

    monkeypatch.setattr(pipeline, "run", broken)
    with pytest.raises(ExtractionError, match=r"could not be processed \(TypeError\)"):
        extract("Police said the bridge was closed.")
    assert "Claim extraction failed" in caplog.text and "a bug" in caplog.text


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        ("SANTA INÉS DE COLCA, Peru (Reuters) - ", "SANTA INÉS DE COLCA, Peru"),
        ("SAN ARDÓN, Texas (AP) — ", "SAN ARDÓN, Texas"),
        ("KHARTOUM (Reuters) - ", "KHARTOUM"),
    ],
)
def test_datelines_with_accented_places_are_metadata(opening: str, place: str) -> None:
    result = extract(
        "Quake toll disputed\n\n" + opening + "Rescuers pulled two more bodies from the rubble "
        "on Monday, officials said.\n\nAssociated Press writer Jamie Stroud contributed from "
        "Austin.\n"
    )
    assert result.metadata.dateline == place
    kinds = {span.text: span.kind for span in result.metadata.furniture}
    assert kinds["Associated Press writer Jamie Stroud contributed from Austin."] == "wire_credit"
    assert [claim.text for claim in result.claims] == [
        "Rescuers pulled two more bodies from the rubble on Monday"
    ]


def test_a_wire_footer_is_furniture() -> None:
    result = extract(
        "Four inmates were killed in a riot, officials said.\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
    )
    assert [claim.text for claim in result.claims] == ["Four inmates were killed in a riot"]
    assert extract("The union said the trust principles were broken.").claims


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hospital staff said smoke from the blaze contributed to both deaths.",
        "Reporters at the scene said ice on the runway contributed to the accident.",
    ],
)
def test_staff_who_say_something_contributed_are_no_credit(paragraph: str) -> None:
    assert extract(paragraph + "\n").claims
