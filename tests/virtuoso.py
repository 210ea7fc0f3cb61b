"""A real Virtuoso SPARQL server for the tests: started on free 127.0.0.1 ports with a fresh database, then removed.

Debian's `virtuoso-opensource` package installs `virtuoso-t` but starts nothing (`make virtuoso` installs it).
`Virtuoso` writes its own ini into a temporary folder, runs `virtuoso-t +configfile FILE +foreground`, waits
until the SPARQL endpoint answers, and on `stop()` ends the process and deletes the folder.

Endpoints (Virtuoso 7.2, as packaged by Debian):

* `query_url` (`/sparql`): anonymous, read-only; the shape of a public endpoint such as WDQS.
* `update_url` (`/sparql-auth`): queries and SPARQL 1.1 updates, HTTP *digest* auth as `user`/`password`.
  With SPARQLWrapper: `w = SPARQLWrapper(v.update_url); w.setHTTPAuth(DIGEST); w.setCredentials(v.user,
  v.password); w.setMethod(POST)`. The anonymous `/sparql` refuses updates, so a test that writes through
  it fails instead of silently passing.
* `graph_store_url` (`/sparql-graph-crud-auth`): the SPARQL 1.1 Graph Store protocol, same digest auth;
  `?graph-uri=` names the graph (Virtuoso's spelling; `?graph=` works too).
* `isql(sql)`: SQL through `isql-vt` as dba, for what HTTP cannot do (grants, bulk loads, checkpoints).

The account is Virtuoso's built-in `dba`/`dba`: the server listens on 127.0.0.1 only and its database lives
and dies with the test session, so there is no secret to protect.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

CONTENT_TYPES = {"turtle": "text/turtle", "ntriples": "application/n-triples", "rdfxml": "application/rdf+xml"}

_INI = """\
[Database]
DatabaseFile       = {db}/virtuoso.db
ErrorLogFile       = {db}/virtuoso.log
LockFile           = {db}/virtuoso.lck
TransactionFile    = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile    = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping        = 0

[Parameters]
ServerPort           = 127.0.0.1:{sql_port}
DisableUnixSocket    = 1
MaxClientConnections = 8
; no periodic checkpoints: the database is thrown away after the session
CheckpointInterval   = 0
CaseMode             = 2
DirsAllowed          = ., {root}
; about 40 MB of buffers: small enough to start in seconds on a shared machine, ample for test fixtures
NumberOfBuffers      = 5000
MaxDirtyBuffers      = 3500
MaxQueryMem          = 256M
ThreadsPerQuery      = 2
AsyncQueueMaxThreads = 4

[HTTPServer]
ServerPort           = 127.0.0.1:{http_port}
ServerRoot           = {db}
MaxClientConnections = 8
ServerThreads        = 8
EnabledDavVSP        = 0
Charset              = UTF-8

[SPARQL]
; far above the default 10000 so that no test result is silently truncated
ResultSetMaxRows           = 1000000
MaxQueryExecutionTime      = 60
MaxQueryCostEstimationTime = 0
DefaultGraph               = http://localhost/default
"""


class VirtuosoError(RuntimeError):
    """The server could not be found, started, reached or asked."""


def find_binary() -> str:
    """The path of `virtuoso-t`: $VIRTUOSO_BIN, else on PATH, else Debian's /usr/bin/virtuoso-t.

    Raises:
        VirtuosoError: it is not installed (run `make virtuoso`).
    """
    for candidate in (os.environ.get("VIRTUOSO_BIN"), shutil.which("virtuoso-t"), "/usr/bin/virtuoso-t"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise VirtuosoError("virtuoso-t is not installed; run `make virtuoso` (Debian package virtuoso-opensource)")


def _die_with_parent() -> None:
    """In the child before exec: ask Linux to SIGTERM the server when the test process dies, even by SIGKILL."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG
    except OSError:
        pass


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    """One Virtuoso server on 127.0.0.1 with a fresh database in a temporary folder.

    Use as a context manager, or call `start()` and `stop()`:

        with Virtuoso() as v:
            v.load('<http://ex.org/a> <http://ex.org/p> "x" .', "http://ex.org/g")
            v.select("SELECT ?o WHERE { GRAPH <http://ex.org/g> { ?s ?p ?o } }")   # [{'o': 'x'}]
    """

    user = "dba"
    password = "dba"

    def __init__(self, *, binary: str | None = None, startup_timeout: float = 120.0):
        self.binary = binary or find_binary()
        self.startup_timeout = startup_timeout
        self.root: Path | None = None
        self.sql_port = 0
        self.http_port = 0
        self._process: subprocess.Popen | None = None

    # addresses ---------------------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def query_url(self) -> str:
        """The anonymous, read-only SPARQL endpoint."""
        return f"{self.base_url}/sparql"

    @property
    def update_url(self) -> str:
        """The SPARQL endpoint that accepts updates, behind digest auth as `user`/`password`."""
        return f"{self.base_url}/sparql-auth"

    @property
    def graph_store_url(self) -> str:
        """The SPARQL 1.1 Graph Store endpoint, behind digest auth as `user`/`password`."""
        return f"{self.base_url}/sparql-graph-crud-auth"

    @property
    def log_path(self) -> Path:
        assert self.root is not None
        return self.root / "db" / "virtuoso.log"

    # life cycle --------------------------------------------------------------------------------------
    def __enter__(self) -> Virtuoso:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        """Write the ini, start the server and wait until `/sparql` answers.

        Raises:
            VirtuosoError: the server exited or did not answer within `startup_timeout` seconds; the message
                carries the end of its log.
        """
        if self._process is not None:
            return
        # A port picked as free can be taken before the server binds it; one retry with new ports covers that.
        for attempt in (1, 2):
            self.root = Path(tempfile.mkdtemp(prefix="accord-virtuoso-"))
            self.sql_port, self.http_port = free_port(), free_port()
            try:
                self._launch()
                return
            except VirtuosoError:
                self.stop()
                if attempt == 2:
                    raise

    def _launch(self) -> None:
        assert self.root is not None
        db = self.root / "db"
        db.mkdir()
        ini = self.root / "virtuoso.ini"
        ini.write_text(_INI.format(db=db, root=self.root, sql_port=self.sql_port, http_port=self.http_port))
        out = (self.root / "stdout.log").open("wb")
        self._process = subprocess.Popen([self.binary, "+configfile", str(ini), "+foreground"], cwd=db,
                                         stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                         start_new_session=True, preexec_fn=_die_with_parent)
        out.close()
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise VirtuosoError(f"virtuoso-t exited with {self._process.returncode}: {self._tail()}")
            if self._answers():
                return
            time.sleep(0.25)
        raise VirtuosoError(f"virtuoso-t did not answer within {self.startup_timeout:.0f}s: {self._tail()}")

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(self.query_url + "?query=ASK%7B%7D", timeout=2) as response:
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False

    def _tail(self, lines: int = 8) -> str:
        if self.root is None:
            return ""
        for path in (self.root / "db" / "virtuoso.log", self.root / "stdout.log"):
            if path.exists() and path.stat().st_size:
                return " | ".join(path.read_text(errors="replace").splitlines()[-lines:])
        return "(no log)"

    def stop(self) -> None:
        """End the server (SIGTERM, then SIGKILL after 20 s) and delete its folder. Safe to call twice."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)
            except ProcessLookupError:
                pass
        if self.root is not None:
            shutil.rmtree(self.root, ignore_errors=True)
            self.root = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    # HTTP --------------------------------------------------------------------------------------------
    def _opener(self) -> urllib.request.OpenerDirector:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, self.base_url, self.user, self.password)
        return urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(passwords))

    def _send(self, request: urllib.request.Request, *, auth: bool, timeout: float = 60) -> bytes:
        try:
            opener = self._opener() if auth else urllib.request.build_opener()
            with opener.open(request, timeout=timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            body = exc.read().decode(errors="replace").strip().splitlines()
            raise VirtuosoError(f"{request.full_url}: HTTP {exc.code}: {' '.join(body[:3])}") from None

    def load(self, data: str | bytes, graph_iri: str, format: str = "turtle") -> None:
        """Add RDF `data` (turtle, ntriples or rdfxml) to the named graph `graph_iri` via the Graph Store protocol."""
        if format not in CONTENT_TYPES:
            raise ValueError(f"format must be one of {', '.join(CONTENT_TYPES)}, not {format!r}")
        body = data.encode() if isinstance(data, str) else data
        url = f"{self.graph_store_url}?{urllib.parse.urlencode({'graph-uri': graph_iri})}"
        self._send(urllib.request.Request(url, data=body, method="POST",
                                          headers={"Content-Type": CONTENT_TYPES[format]}), auth=True)

    def clear(self, graph_iri: str) -> None:
        """Delete the named graph `graph_iri` via the Graph Store protocol (no error when it does not exist)."""
        url = f"{self.graph_store_url}?{urllib.parse.urlencode({'graph-uri': graph_iri})}"
        try:
            self._send(urllib.request.Request(url, method="DELETE"), auth=True)
        except VirtuosoError as exc:
            if "HTTP 404" not in str(exc):
                raise

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 update through the authenticated endpoint."""
        body = urllib.parse.urlencode({"update": sparql}).encode()
        self._send(urllib.request.Request(self.update_url, data=body, method="POST",
                                          headers={"Content-Type": "application/x-www-form-urlencoded"}),
                   auth=True)

    def select(self, sparql: str) -> list[dict[str, str]]:
        """Run a SELECT on the anonymous endpoint; rows as {variable: value} with every value a string."""
        body = urllib.parse.urlencode({"query": sparql}).encode()
        raw = self._send(urllib.request.Request(self.query_url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Accept": "application/sparql-results+json"}), auth=False)
        return [{k: v["value"] for k, v in b.items()} for b in json.loads(raw)["results"]["bindings"]]

    # SQL ---------------------------------------------------------------------------------------------
    def isql(self, sql: str, *, timeout: float = 60) -> str:
        """Run SQL statements (end each with `;`) as dba through `isql-vt`; returns its output.

        Raises:
            VirtuosoError: isql is missing, timed out, or reported an error.
        """
        isql = shutil.which("isql-vt") or str(Path(self.binary).with_name("isql-vt"))
        try:
            done = subprocess.run([isql, f"127.0.0.1:{self.sql_port}", self.user, self.password, f"exec={sql}"],
                                  capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise VirtuosoError(f"isql-vt failed: {exc}") from None
        output = done.stdout + done.stderr
        if done.returncode != 0 or "*** Error" in output:
            raise VirtuosoError(f"isql-vt: {' '.join(output.split())[-400:]}")
        return done.stdout
