"""The query guards: size, nesting and remote endpoints are refused before any engine sees the text."""

from __future__ import annotations

import pytest

from accord import KnowledgeGraph
from accord.errors import QueryRefused
from accord.limits import EndpointRefused, QueryLimits, nesting_depth, query_form, remote_endpoints, tokenize


def test_deep_nesting_is_refused_before_the_engine() -> None:
    # 3,000 levels would end the process inside pyoxigraph's parser; the guard refuses it first.
    text = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    with pytest.raises(QueryRefused, match="nests 3000 levels"):
        QueryLimits().check(text)


def test_brackets_in_strings_iris_and_comments_do_not_count() -> None:
    text = 'SELECT * { ?s ?p "{{{{(((" . FILTER(?s != <http://e.org/(x)>) } # {{{{{{'
    assert nesting_depth(tokenize(text)) == 2
    QueryLimits(max_depth=2).check(text)


def test_long_query_is_refused() -> None:
    with pytest.raises(QueryRefused, match="characters long"):
        QueryLimits(max_chars=100).check("SELECT * { ?s ?p ?o }" + " " * 100)


@pytest.mark.parametrize("text", [
    "SELECT * { SERVICE <http://elsewhere.example/sparql> { ?s ?p ?o } }",
    "PREFIX x: <http://elsewhere.example/> SELECT * { service silent x:sparql { ?s ?p ?o } }",
    "SELECT * { SERVICE ?where { ?s ?p ?o } }",
    "LOAD <http://elsewhere.example/data.ttl> INTO GRAPH <http://g>",
])
def test_remote_endpoints_need_the_allow_list(text: str) -> None:
    with pytest.raises(EndpointRefused):
        QueryLimits().check(text)


def test_allowed_endpoint_passes_and_prefixes_expand() -> None:
    text = "PREFIX x: <http://elsewhere.example/> SELECT * { SERVICE x:sparql { ?s ?p ?o } }"
    assert remote_endpoints(tokenize(text)) == ["http://elsewhere.example/sparql"]
    QueryLimits(allowed_endpoints=frozenset({"http://elsewhere.example/sparql"})).check(text)


def test_a_values_block_is_checked_with_its_query() -> None:
    text, values = "SELECT * WHERE { ?s ?p ?o }", '\nVALUES (?s) { (<http://e.org/a>) }'
    QueryLimits(max_chars=len(text) + len(values)).check(text, values=values)
    with pytest.raises(QueryRefused, match=f"is {len(text) + len(values)} characters long"):
        QueryLimits(max_chars=len(text) + len(values) - 1).check(text, values=values)
    QueryLimits(max_depth=1).check(text)
    with pytest.raises(QueryRefused, match="nests 2 levels"):  # the block's own braces and parentheses
        QueryLimits(max_depth=1).check(text, values=values)


def test_a_text_checked_before_is_checked_again_under_other_prefixes() -> None:
    text = "SELECT * { SERVICE e:sparql { ?s ?p ?o } }"
    limits = QueryLimits(allowed_endpoints=frozenset({"http://allowed.org/sparql"}))
    limits.check(text, {"e": "http://allowed.org/"})
    with pytest.raises(EndpointRefused, match="other.org"):
        limits.check(text, {"e": "http://other.org/"})
    limits.check(text, {"e": "http://allowed.org/"})


def test_the_word_service_in_a_string_is_not_a_call() -> None:
    assert remote_endpoints(tokenize('SELECT * { ?s ?p "SERVICE <http://x>" }')) == []


def test_query_form() -> None:
    assert query_form("PREFIX a: <http://a/>\nCONSTRUCT WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert query_form("# nothing") is None


def test_a_guarded_query_still_runs(kg: KnowledgeGraph) -> None:
    text = "SELECT * WHERE " + "{" * 50 + " ?s ?p ?o " + "}" * 50 + " LIMIT 1"
    QueryLimits().check(text)
    assert len(kg.sparql(text)) == 0


def test_cli_sparql_refuses_deep_nesting_with_one_line(tmp_path, capsys) -> None:
    from accord.cli import main

    text = "SELECT * WHERE " + "{" * 3000 + " ?s ?p ?o " + "}" * 3000
    assert main(["--store", str(tmp_path / "none"), "sparql", text]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: the query nests 3000 levels") and err.count("\n") == 1


DEEP = "SELECT * WHERE " + "{" * 2500 + " ?s ?p ?o " + "}" * 2500


def test_api_sparql_refuses_deep_and_huge_queries_before_the_engine(kg: KnowledgeGraph) -> None:
    # 2,500 levels reach pyoxigraph's parser only if the guard is missing, and then the test process dies.
    with pytest.raises(QueryRefused, match="nests 2500 levels"):
        kg.sparql(DEEP)
    with pytest.raises(QueryRefused, match="characters long"):
        kg.sparql("SELECT * WHERE { ?s ?p ?o }" + " " * 200_000)
    with pytest.raises(EndpointRefused):
        kg.sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }")


def test_api_bindings_count_toward_the_size_limit(kg: KnowledgeGraph) -> None:
    import pyoxigraph as ox

    with pytest.raises(QueryRefused, match="characters long"):
        kg.sparql("SELECT ?v WHERE {}", {"v": ox.Literal("x" * 200_000)})


def test_stored_query_with_a_huge_parameter_is_refused(sample_kg: KnowledgeGraph) -> None:
    with pytest.raises(QueryRefused, match="characters long"):
        sample_kg.query("acts_in_document", document="a" * 200_000)
    assert len(sample_kg.query("acts_in_document", document="north-korea-russia-alliance"))
