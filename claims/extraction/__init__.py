"""Claim extraction: article text in, attributed claims out.

Pure Python with no Django import: the rest of the product (models, services, the admin, the
API, the management command) calls ``extract`` or ``extract_html`` and stores the result.
See README.md in this folder for the pipeline, the kinds and the flags.
"""

from __future__ import annotations

import logging

from .models import (
    ArticleMetadata,
    Claimant,
    ExtractedClaim,
    ExtractionError,
    ExtractionResult,
    FurnitureSpan,
    Relation,
    Span,
)

__all__ = [
    "ArticleMetadata",
    "Claimant",
    "ExtractedClaim",
    "ExtractionError",
    "ExtractionResult",
    "FurnitureSpan",
    "Relation",
    "Span",
    "extract",
    "extract_html",
]


logger = logging.getLogger(__name__)


def extract(text: str) -> ExtractionResult:
    """Split an article's plain text into attributed claims.

    Raises ExtractionError (a ValueError) with a readable message for empty, whitespace-only
    or binary input and for input that is nothing but page furniture; never anything else.
    """
    from .pipeline import run

    try:
        return run(text)
    except ExtractionError:
        raise
    except Exception as error:  # a bug must not take the caller down with an odd exception
        # ... but it must be seen: the traceback goes to the log, the person gets a message.
        logger.exception("Claim extraction failed on a text of %d characters", len(text))
        raise ExtractionError(
            f"The article could not be processed ({type(error).__name__})."
        ) from error


def extract_html(html: str) -> ExtractionResult:
    """Extract claims from an HTML page's main text (read with trafilatura).

    The result's ``text`` is the extracted main text; every offset points into it.
    """
    from .html import main_text, merge_metadata

    body, found = main_text(html)
    return merge_metadata(extract(body), found)
