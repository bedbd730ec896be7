"""HTML input: the main text of a page, read with trafilatura. The HTML itself is never
trusted or kept: only the extracted text (and the title, date and author trafilatura reads)
goes on to the text pipeline, and every offset points into that extracted text.
"""

from __future__ import annotations

import dataclasses
import logging

from .document import check_text, parse_date
from .models import ExtractionError, ExtractionResult

# trafilatura logs every page it cannot read; the error we raise says it once, for a person.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def main_text(html: str) -> tuple[str, dict[str, str | None]]:
    """The page's main text and the metadata trafilatura found."""
    check_text(html)
    try:
        import trafilatura
    except ImportError as error:  # pragma: no cover - trafilatura is a dependency
        raise ExtractionError("HTML input needs the trafilatura package.") from error
    try:
        document = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as error:  # trafilatura raises many kinds on broken markup
        raise ExtractionError("The HTML page could not be read.") from error
    if document is None:
        raise ExtractionError("No article text found in the HTML page.")
    text = getattr(document, "text", None) or ""
    if not text.strip():
        raise ExtractionError("No article text found in the HTML page.")
    date = getattr(document, "date", None)
    metadata = {
        "title": getattr(document, "title", None),
        "byline": getattr(document, "author", None),
        "outlet": getattr(document, "sitename", None),
        "published": parse_date(date) if date else None,
    }
    return text, metadata


def merge_metadata(result: ExtractionResult, found: dict[str, str | None]) -> ExtractionResult:
    """Fill the metadata the text did not give from what trafilatura read in the HTML."""
    changes = {
        name: value for name, value in found.items() if value and not getattr(result.metadata, name)
    }
    if not changes:
        return result
    metadata = dataclasses.replace(result.metadata, **changes)
    return dataclasses.replace(result, metadata=metadata)
