"""Venue fallbacks: every packed deck also as a PDF and an offline HTML presenter, linked from index.html,
and the presenter driven in a real headless Chromium (keyboard, links, presenter window, no request out)."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from pptx import Presentation
from pptx.util import Inches
from pypdf import PdfReader

from trainerkit.customise import new_course, select_sessions
from trainerkit.deck.accessibility import check_pdf
from trainerkit.deck.links import add_slide_jump
from trainerkit.deck.slides import is_hidden, set_hidden
from trainerkit.package.layout import stage_package
from trainerkit.package.presenter import CSP, deck_presentables
from trainerkit.store import open_store

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def _slides_data(html: Path) -> list[dict[str, Any]]:
    text = html.read_text(encoding="utf-8")
    match = re.search(r"const SLIDES = (\[.*?\]);\n", text, re.S)
    assert match, "the presenter carries its slides as data"
    return list(json.loads(match.group(1)))


def _pdf_jumps(pdf: Path) -> list[tuple[int, int]]:
    """(page, target page), 1-based, of every internal link in the PDF."""
    reader = PdfReader(str(pdf))
    pages = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, start=1)}
    jumps = []
    for n, page in enumerate(reader.pages, start=1):
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            dest = annot.get("/Dest")
            if dest is None and annot.get("/A") is not None:
                dest = annot["/A"].get_object().get("/D")
            if dest is not None:
                jumps.append((n, pages[dest[0].idnum]))
    return jumps


def _jump_deck(path: Path) -> Path:
    """Four slides: 1 links to 3 and to 4 (hidden); 4 is hidden."""
    prs = Presentation()
    slides = []
    for i in range(4):
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        slide.shapes.title.text = f"Slide {i + 1}"
        slides.append(slide)
        slide.notes_slide.notes_text_frame.text = f"Notes of slide {i + 1}"
    for target, left in ((slides[2], 1), (slides[3], 5)):
        box = slides[0].shapes.add_textbox(Inches(left), Inches(3), Inches(3), Inches(1))
        box.text_frame.text = f"Go to {target.shapes.title.text}"
        add_slide_jump(box, target)
    set_hidden(prs, slides[3], True)
    prs.save(str(path))
    return path


def test_jumps_become_pdf_links_and_presenter_links_and_hidden_slides_are_left_out(tmp_path: Path) -> None:
    deck = _jump_deck(tmp_path / "deck.pptx")
    made = deck_presentables(deck, tmp_path / "out")
    assert (made.visible, made.hidden) == (3, 1)
    reader = PdfReader(str(made.pdf))
    assert len(reader.pages) == 3
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.metadata is not None and reader.metadata.title == "deck"
    assert check_pdf(made.pdf) == [], "tagged, with its language"
    assert [page.mediabox[2:] for page in reader.pages] == [[960, 540]] * 3, "13.33 x 7.5 in pages"
    assert _pdf_jumps(made.pdf) == [(1, 3)], "the jump to the hidden slide cannot be followed in a PDF"
    slides = _slides_data(made.html)
    assert [s["hidden"] for s in slides] == [False, False, False, True]
    assert [(link["target"], link["text"]) for link in slides[0]["links"]] == [
        (2, "Go to Slide 3"),
        (3, "Go to Slide 4"),
    ]
    assert slides[2]["notes"] == "Notes of slide 3"
    assert all((made.html.parent / s["src"].replace("%20", " ")).is_file() for s in slides)
    assert len(made.pictures) == 4


@pytest.fixture(scope="module")
def packed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Session 3 (hidden treaty slides reached by links, with Back buttons) and session 4, staged for a stick."""
    home = tmp_path_factory.mktemp("presenter-home")
    patch = pytest.MonkeyPatch()
    patch.setenv("TRAINERKIT_HOME", str(home))
    store = open_store()
    new_course(store, "accra", "GH", venue="Accra")
    select_sessions(store, "accra", [3, 4])
    staged = stage_package(store, "accra")
    yield staged.root / "package"
    patch.undo()


def test_every_packed_deck_has_a_pdf_and_a_presenter_of_its_shown_slides_linked_from_index(packed: Path) -> None:
    slides_dir = packed / "Slides"
    decks = sorted(slides_dir.glob("*.pptx"))
    assert len(decks) == 2
    index = (packed / "index.html").read_text(encoding="utf-8")
    for deck in decks:
        prs = Presentation(str(deck))
        shown = sum(1 for s in prs.slides if not is_hidden(s))
        if deck.name.startswith("Session 03"):
            assert shown < len(prs.slides), "session 3 ships hidden slides: they are left out of the PDF"
        pdf = deck.with_suffix(".pdf")
        html = slides_dir / f"{deck.stem} - presenter.html"
        assert len(PdfReader(str(pdf)).pages) == shown
        data = _slides_data(html)
        assert len(data) == len(prs.slides)
        assert sum(1 for s in data if not s["hidden"]) == shown
        assert f'data-visible-count="{shown}"' in html.read_text(encoding="utf-8")
        for form in (deck, pdf, html):
            assert f'href="Slides/{quote(form.name)}"' in index, f"index.html links {form.name}"
        text = html.read_text(encoding="utf-8")
        assert CSP in text.replace("&#x27;", "'")
        assert not re.search(r"https?://", text), "no web address anywhere in the presenter"
    assert "Presenter in the browser" in index
    assert "<details><summary>Slide pictures of Session 03" in index, "the pictures are folded away"


LOOPBACK = ("localhost", "127.0.0.1", "::1")


def _seconds(timer: str) -> int:
    """'1:02' or '1:02:03' as seconds."""
    total = 0
    for part in timer.split(":"):
        total = total * 60 + int(part)
    return total


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Selenium talks to chromedriver over a loopback socket: allow that, and still refuse everything else
    (tests/offline.py refuses every internet socket)."""
    import socket

    from tests import offline

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in LOOPBACK:
            offline._refuse("a DNS lookup", host)
        return offline._original_getaddrinfo(host, *args, **kwargs)

    def connect(self: socket.socket, address: Any) -> None:
        if offline._is_inet(self) and address[0] not in LOOPBACK:
            offline._refuse("a connection", address)
        offline._original_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if offline._is_inet(self) and address[0] not in LOOPBACK:
            offline._refuse("a connection", address)
        return offline._original_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
        if address[0] not in LOOPBACK:
            offline._refuse("a connection", address)
        return offline._original_create_connection(address, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)


def _browser(download_dir: Path) -> Any:
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={download_dir}",
        "--window-size=1600,900",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


@pytest.mark.slow
@pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="needs Debian's chromium and chromium-driver")
def test_the_presenter_in_a_real_browser(packed: Path, loopback_only: None) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    html = next((packed / "Slides").glob("Session 03*presenter.html"))
    data = _slides_data(html)
    shown = [i for i, s in enumerate(data) if not s["hidden"]]
    profile = Path(tempfile.mkdtemp(prefix="tk-chromium-"))
    driver = _browser(profile)
    try:
        driver.get(html.as_uri())

        def current() -> int:
            return int(driver.execute_script("return current"))

        def press(*keys: str) -> None:
            chain = ActionChains(driver)
            for key in keys:
                chain.send_keys(key)
            chain.perform()

        assert current() == shown[0]
        assert driver.execute_script("const i = document.getElementById('slide'); return i.naturalWidth") == 1920
        assert driver.find_element(By.ID, "count").get_attribute("textContent") == f"1 / {len(shown)}"
        press(Keys.ARROW_RIGHT)
        assert current() == shown[1]
        press(Keys.PAGE_DOWN, " ")
        assert current() == shown[3]
        press(Keys.PAGE_UP, Keys.ARROW_LEFT)
        assert current() == shown[1]
        press(Keys.END)
        assert current() == shown[-1], "hidden slides at the end are left out of the sequence"
        press(Keys.HOME, "b")
        assert driver.execute_script("return document.body.classList.contains('black')")
        press("b")
        assert not driver.execute_script("return document.body.classList.contains('black')")

        # a jump to a hidden treaty slide, and its Back button
        source = next(i for i in shown if any(link["target"] is not None for link in data[i]["links"]))
        target = next(link["target"] for link in data[source]["links"] if link["target"] is not None)
        assert data[target]["hidden"]
        press(*str(shown.index(source) + 1), Keys.ENTER)
        assert current() == source
        driver.find_element(By.CSS_SELECTOR, f'a.jump[data-target="{target}"]').click()
        assert current() == target
        driver.find_element(By.CSS_SELECTOR, 'a.jump[data-action="back"]').click()
        assert current() == source
        press("h")
        press(Keys.END)
        assert current() == len(data) - 1, "H puts the hidden slides in the sequence"
        press("h", Keys.HOME)

        # the presenter view: notes, next slide, timer; its keys move the show
        main = driver.current_window_handle
        press("p")
        deadline = time.monotonic() + 10
        while len(driver.window_handles) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        other = next(h for h in driver.window_handles if h != main)
        driver.switch_to.window(other)
        assert driver.find_element(By.ID, "notes").text == data[shown[0]]["notes"]
        assert driver.find_element(By.ID, "nextTitle").text == data[shown[1]]["title"]
        driver.find_element(By.ID, "reset").click()
        first = _seconds(driver.find_element(By.ID, "timer").text)
        time.sleep(2.2)
        later = _seconds(driver.find_element(By.ID, "timer").text)
        assert first <= 1 and later >= first + 1, "the timer starts again from zero and runs"
        press(Keys.ARROW_RIGHT)
        assert driver.find_element(By.ID, "notes").text == data[shown[1]]["notes"]
        driver.switch_to.window(main)
        assert current() == shown[1]

        requests = [
            json.loads(entry["message"])["message"]["params"]["request"]["url"]
            for entry in driver.get_log("performance")
            if '"Network.requestWillBeSent"' in entry["message"]
        ]
        assert any(url.endswith("slide-001.png") for url in requests), "the log records the page's own requests"
        outward = [url for url in requests if not url.startswith(("file:", "data:", "about:", "chrome:"))]
        assert outward == [], "only local files are requested (chrome:// is the browser's own new-tab page)"
        resources = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert all(not name.startswith(("http:", "https:")) for name in resources)
        errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert errors == []
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
