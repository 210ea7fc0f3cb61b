"""Where accord finds its data, ontology and stored queries: the project folder, or $ACCORD_HOME."""

from __future__ import annotations

import os
from pathlib import Path

HOME = Path(os.environ.get("ACCORD_HOME", Path(__file__).resolve().parents[2]))
ONTOLOGY = HOME / "ontology"
DATA = HOME / "data"
GAZETTEER = DATA / "gazetteer"
LEXICON = DATA / "lexicon"
DOCUMENTS = DATA / "documents"
QUERIES = HOME / "queries"
