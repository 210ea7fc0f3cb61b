"""The query page in headless Chromium (Debian's chromium and chromium-driver): it loads, runs a stored query
and a SPARQL query, fills the table, and draws the network picture."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# Without the background-networking flags Chromium keeps trying to reach Google's services.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1400")


@pytest.fixture
def browser():
    profile = tempfile.mkdtemp(prefix="accord-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _wait(driver, condition, seconds: float = 30):
    # The page replaces the results table when an answer arrives: an element found just before that is stale,
    # which means "not yet", so the condition is asked again.
    return WebDriverWait(driver, seconds, ignored_exceptions=(StaleElementReferenceException,)).until(condition)


def test_page_runs_a_stored_query_and_draws_the_network(server: str, browser, tmp_path: Path) -> None:
    browser.get(server + "/")
    _wait(browser, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true")
    forms = browser.find_elements(By.CSS_SELECTOR, "#query-list form")
    assert len(forms) >= 12

    form = browser.find_element(By.CSS_SELECTOR, 'form[data-query="acts_by_actor"]')
    actor = form.find_element(By.NAME, "actor")
    actor.clear()
    actor.send_keys("United States")
    form.find_element(By.TAG_NAME, "button").click()
    _wait(browser, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#results-table tbody tr")) > 0)
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#results-table th")]
    assert headers[:2] == ["type", "cameo"]
    cells = browser.find_element(By.ID, "results-table").text
    assert "threaten" in cells.lower() and "Russian companies" in cells
    links = {a.text: a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#downloads a")}
    assert "format=csv" in links["CSV"] and "format=json" in links["JSON"]

    browser.find_element(By.ID, "sparql-run").click()
    _wait(browser, lambda d: "Russia" in d.find_element(By.ID, "results-table").text
          and d.find_element(By.CSS_SELECTOR, "#results-table th").text == "actor")

    browser.find_element(By.ID, "network-draw").click()
    _wait(browser, lambda d: d.find_element(By.ID, "network").get_attribute("data-actor") == "Q159")
    nodes = browser.find_elements(By.CSS_SELECTOR, "#network circle.node")
    edges = browser.find_elements(By.CSS_SELECTOR, "#network path.edge")
    assert len(nodes) >= 5 and len(edges) >= 5
    assert {"state", "person", "Alliance"} <= {n.get_attribute("data-kind") for n in nodes}
    colours = {e.get_attribute("data-quad"): e.get_attribute("stroke") for e in edges}
    assert colours["MaterialConflict"] != colours["VerbalCooperation"]
    assert browser.find_element(By.ID, "status").get_attribute("class") != "error"

    shot = tmp_path / "query-page.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    if os.environ.get("ACCORD_SCREENSHOT"):  # make screenshot keeps it under docs/
        shutil.copyfile(shot, os.environ["ACCORD_SCREENSHOT"])
