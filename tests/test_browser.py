"""The picture and the web UI in a real headless Chromium (Debian's, driven by Playwright), with every
request that leaves file: and 127.0.0.1 blocked: they load, draw what they should, log no error, and
leave a screenshot in out/test-artifacts/."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, Route, sync_playwright

from tests.server import INFORMANT, MARKUP, WITNESS, Server

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "out" / "test-artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM.exists(), "Debian's chromium is needed: `make test` installs it (apt-get install chromium)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


class Watched:
    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.blocked: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.route("**/*", self._route)

    def _route(self, route: Route) -> None:
        url = urlparse(route.request.url)
        if url.scheme in {"file", "data", "about", "blob"} or url.hostname == "127.0.0.1":
            route.continue_()
        else:
            self.blocked.append(route.request.url)
            route.abort()


@pytest.fixture
def watched(browser: Browser) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    yield Watched(context.new_page())
    context.close()


def _counts(page: Page) -> list[int]:
    page.wait_for_selector("#status:not(:empty)")
    return list(page.evaluate("() => [acgGraph.nodes.length, acgGraph.edges.length]"))


def test_the_offline_picture_draws_every_node_and_link(server: Server, watched: Watched, tmp_path: Path) -> None:
    """The page `acg viz` writes (the API serves the same), opened from a file."""
    out = tmp_path / "drina.html"
    html = server.get("/viz", entity="o-drina", depth=1).text
    out.write_text(html, encoding="utf-8")
    data = json.loads(re.findall(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)[0])
    page = watched.page
    page.goto(out.as_uri())
    nodes, edges = _counts(page)
    page.fill("#at", "1995-07-20")
    page.dispatch_event("#at", "change")
    on_date = page.text_content("#status") or ""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "picture.png"))
    assert (nodes, edges) == (len(data["nodes"]), len(data["edges"]))
    assert nodes >= 6
    assert on_date.startswith("On 1995-07-20")
    assert watched.errors == []
    assert watched.blocked == []


def test_names_with_markup_are_drawn_as_text(server: Server, watched: Watched, tmp_path: Path) -> None:
    out = tmp_path / "markup.html"
    out.write_text(server.get("/viz", entity="o-markup", depth=1).text, encoding="utf-8")
    page = watched.page
    page.goto(out.as_uri())
    _counts(page)
    labels = page.evaluate("() => acgGraph.nodes.get().map(n => n.label)")
    assert MARKUP in labels
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    assert watched.errors == []


def _signed_in(watched: Watched, server: Server, role: str) -> Page:
    """The UI's first page, its key form filled in as a person would."""
    page = watched.page
    page.goto(server.url + "/")
    page.fill("input[name=key]", server.keys[role])
    page.click("button[type=submit]")
    page.wait_for_selector("#who:not(:empty)")
    return page


def test_the_ui_searches_shows_an_entity_and_its_picture(server: Server, watched: Watched) -> None:
    page = _signed_in(watched, server, "reader")
    page.goto(server.url + "/#/?q=Zvornik")
    page.click("text=Zvornik Brigade")
    page.wait_for_selector("h2")
    frame = page.frame_locator("iframe.picture")
    frame.locator("#status:not(:empty)").wait_for()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-entity.png"), full_page=True)
    text = page.text_content("main") or ""
    assert "Zvornik Brigade" in text
    assert "Drina Corps" in text
    assert WITNESS not in text
    assert INFORMANT not in text
    assert watched.errors == []
    assert watched.blocked == []


def test_the_ui_chain_at_a_date_and_cypher_console(server: Server, watched: Watched) -> None:
    page = _signed_in(watched, server, "analyst")
    page.goto(server.url + "/#/chain/o-zvornik?at=1995-07-15")
    page.wait_for_selector("table")
    chain = page.text_content("main") or ""
    page.goto(server.url + "/#/cypher")
    page.fill("textarea", "MATCH (o:Organization)-[r:PART_OF]->(p:Organization) RETURN o, r, p")
    page.click("button[type=submit]")
    page.wait_for_selector("main table")
    page.frame_locator("iframe.picture").locator("#status:not(:empty)").wait_for()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-cypher.png"), full_page=True)
    assert "Radislav Krstić" in chain
    assert "Milenko Živanović" not in chain
    assert "rows" in (page.text_content("main") or "")
    assert watched.errors == []
    assert watched.blocked == []


def test_the_ui_timeline_draws_time_along_an_axis(server: Server, watched: Watched) -> None:
    page = _signed_in(watched, server, "reader")
    page.goto(server.url + "/#/timeline/o-drina")
    page.wait_for_selector("svg.timeline")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-timeline.png"), full_page=True)
    text = page.text_content("main") or ""
    assert text.index("Milenko Živanović") < text.index("Radislav Krstić")  # earliest first
    assert "start / end" in text
    # A bar per dated event, on an axis of years.
    assert page.locator("svg.timeline line[stroke='#0072B2']").count() >= 2
    assert "1995" in (page.text_content("svg.timeline") or "")
    assert WITNESS not in text
    assert watched.errors == []
    assert watched.blocked == []


def test_the_ui_chain_shows_superseded_commanders_only_when_asked(server: Server, watched: Watched) -> None:
    """The switch asks the API for commanders superseded by the date too (graph.command says who they are;
    tests/test_sfm.py checks them on SFM's dates); without it, the API is asked for the others only."""
    page = _signed_in(watched, server, "reader")
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "/chain?" in r.url else None)
    page.goto(server.url + "/#/chain/o-drina?at=1995-08-01")
    page.wait_for_selector("main table")
    text = page.text_content("main") or ""
    assert "Radislav Krstić" in text
    page.check("input[name=all]")
    # the answer asked with the switch, waited for (the table of the first answer is still on the page)
    with page.expect_response(lambda r: "/chain?" in r.url and "all=true" in r.url):
        page.click("button[type=submit]")
    page.wait_for_function("location.hash.includes('all=true')")
    page.wait_for_selector("main table")
    assert "Radislav Krstić" in (page.text_content("main") or "")
    assert ["all=true" in url for url in asked] == [False, True]
    assert watched.errors == []
    assert watched.blocked == []


def test_the_ui_names_types_and_links_in_the_language_chosen(server: Server, watched: Watched) -> None:
    """The vocabulary's words (the ontology's labels) in the language picked in the header, kept for the
    next visit; the picture in the page is asked for in that language too."""
    page = _signed_in(watched, server, "reader")
    page.goto(server.url + "/#/entity/o-zvornik")
    page.wait_for_selector("h2")
    english = page.text_content("main") or ""
    page.select_option("#language", "fr")
    page.wait_for_selector("main :text('fait partie de')")
    french = page.text_content("main") or ""
    frame = page.frame_locator("iframe.picture")
    frame.locator("#status:not(:empty)").wait_for()
    legend = frame.locator("#legend").text_content() or ""
    edges = (
        page.frame_locator("iframe.picture").locator("body").evaluate("() => acgGraph.edges.get().map(e => e.label)")
    )
    page.reload()
    page.wait_for_selector("h2")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "ui-french.png"), full_page=True)
    assert "part of" in english
    assert "fait partie de" not in english
    assert "organisation" in french
    assert "Organization" not in french
    assert "organisation" in legend
    assert "fait partie de" in edges
    assert page.input_value("#language") == "fr"
    assert "fait partie de" in (page.text_content("main") or "")
    assert watched.errors == []
    assert watched.blocked == []
