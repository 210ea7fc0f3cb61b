"""Resources: a full disk and a read-only store folder give one clear error line, and the store stays as it was.

A full disk is a file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored so writes fail with EFBIG as they would
with ENOSPC) on the accord process. A read-only folder is a folder without write permission; as root, the
child runs without CAP_DAC_OVERRIDE (setpriv) so that the permission bits bind it as they bind a user.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from test_cli import dump, store  # noqa: F401  (store is a fixture)

from conftest import SAMPLE

ACCORD = str(Path(sys.executable).parent / "accord")


def _file_size_limit(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _one_error_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def big_document(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.md"
    body = SAMPLE.read_text(encoding="utf-8").split("---", 2)[2]
    path.write_text(body * 20, encoding="utf-8")
    return path


@pytest.mark.parametrize("limit", [20_000, 100_000], ids=["full before the store opens", "full while writing"])
def test_disk_full_during_ingest(store: str, big_document: Path, limit: int) -> None:
    before = dump(store)
    result = subprocess.run([ACCORD, "--store", store, "ingest", str(big_document)], capture_output=True, text=True,
                            preexec_fn=_file_size_limit(limit), timeout=600)
    line = _one_error_line(result)
    assert "File too large" in line and ("cannot write the store" in line or "cannot open the store" in line), line
    assert dump(store) == before


def test_disk_full_during_export(store: str, tmp_path: Path) -> None:
    out = tmp_path / "dump.trig"
    result = subprocess.run([ACCORD, "--store", store, "export", "-o", str(out)], capture_output=True, text=True,
                            preexec_fn=_file_size_limit(10_000), timeout=600)
    assert _one_error_line(result) == f"error: {out}: cannot write (File too large)"


def _unprivileged(cmd: list[str]) -> list[str]:
    # root ignores permission bits through CAP_DAC_OVERRIDE; without it, a 0555 folder binds root too
    if os.geteuid() != 0:
        return cmd
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to test a read-only folder as root"
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", *cmd]


def test_read_only_store_folder(store: str, tmp_path: Path) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("China praised Brazil.")
    data = tmp_path / "extra.trig"
    data.write_text('GRAPH <https://w3id.org/accord/id/g> { <https://w3id.org/accord/id/a> <http://x/p> "c" }')
    before = dump(store)
    paths = [Path(store), *Path(store).iterdir()]
    for path in paths:
        path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        for args in (["ingest", str(doc)], ["import", str(data)]):
            result = subprocess.run(_unprivileged([ACCORD, "--store", store, *args]), capture_output=True, text=True,
                                    timeout=600)
            assert _one_error_line(result) == (f"error: {store}: the store folder is not writable (permission "
                                               "denied); commands that only read still work")
        read = subprocess.run(_unprivileged([ACCORD, "--store", store, "query", "allies_of", "--param", "actor=Q159",
                                             "--format", "csv"]), capture_output=True, text=True, timeout=600)
        assert read.returncode == 0 and "North Korea" in read.stdout, read.stderr
    finally:
        for path in paths:
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    assert dump(store) == before
