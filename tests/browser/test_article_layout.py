"""The article page shows the article's title once, and its action buttons never cover text,
from a phone's width to a laptop's."""

import pytest

from tests.browser.test_workspace_flow import log_in, paste_article

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

TITLE = "Floods force thousands from their homes across the river delta, officials say"
WIRE_STORY = f"""{TITLE}

DELTA CITY, March 3 (Wire) - Floods have forced about 12,000 people from their homes across the
river delta since Sunday, disaster management officials said on Tuesday.

"The water is still rising in the southern districts," said Mara Osei, the regional disaster
coordinator. Aid groups said at least 40 schools had been turned into shelters.

The meteorological office said more heavy rain was expected through Thursday.
"""


def intersects(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


@pytest.mark.parametrize("width", [390, 1366])
def test_article_page_shows_its_title_once_and_buttons_clear_of_text(
    page, live_server, fact_checker, screenshots, width
):
    page.set_viewport_size({"width": width, "height": 900})
    log_in(page, live_server, fact_checker.username)
    paste_article(page, live_server, WIRE_STORY, desk="World")
    page.screenshot(path=str(screenshots / f"article-page-{width}.png"), full_page=True)

    content = page.inner_text("#content")
    assert content.count(TITLE) == 1, content[:600]
    assert page.locator(".article-body").inner_text().lstrip().startswith("DELTA CITY")

    buttons = [
        box
        for box in page.locator(".object-tools a").evaluate_all(
            "links => links.map(link => link.getBoundingClientRect().toJSON())"
        )
    ]
    assert len(buttons) >= 3
    texts = page.locator(
        "#content h1, #content h2, #content .article-meta, #content .status-summary"
    ).evaluate_all(
        "nodes => nodes.filter(node => node.offsetParent !== null)"
        ".map(node => node.getBoundingClientRect().toJSON())"
    )
    for button in buttons:
        for text in texts:
            assert not intersects(button, text), (button, text)
    # Nothing wider than the screen: no sideways scrolling on a phone.
    assert page.evaluate("document.documentElement.scrollWidth") <= width
