"""What the notebooks share: the endpoint, the query library in queries/, and results as pandas tables.

The notebooks never copy a query: they load queries/NAME.rq and set its parameters. A parameter is a
line ``VALUES ?name { default }`` in the query; ``load_query("QUERY", name=literal("..."))`` replaces
the default, and ``UNDEF`` as the value leaves the parameter open. The endpoint is read from the
environment variable BULLETIN_KG_ENDPOINT.
"""
import os
import pathlib
import re

import pandas as pd
from SPARQLWrapper import JSON, POST, SPARQLWrapper

ENDPOINT = os.environ.get("BULLETIN_KG_ENDPOINT", "http://localhost:3030/kg/sparql")
LIBRARY = pathlib.Path(__file__).resolve().parent.parent

_NUMBERS = {
    "http://www.w3.org/2001/XMLSchema#integer": int,
    "http://www.w3.org/2001/XMLSchema#decimal": float,
    "http://www.w3.org/2001/XMLSchema#float": float,
    "http://www.w3.org/2001/XMLSchema#double": float,
}


def literal(text, lang="zh"):
    """A SPARQL literal for a parameter, by default a Chinese one: literal("于军") -> "于军"@zh."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


def iri(uri):
    """A SPARQL IRI for a parameter."""
    return f"<{uri}>"


def load_query(query, /, **params):
    """The text of queries/QUERY.rq with the given parameters (SPARQL terms) in place of the defaults."""
    text = (LIBRARY / f"{query}.rq").read_text(encoding="utf-8")
    for key, value in params.items():
        pattern = re.compile(r"VALUES \?" + re.escape(key) + r" \{[^}]*\}")
        if not pattern.search(text):
            raise KeyError(f"{query}.rq has no parameter ?{key}")
        text = pattern.sub(lambda _: f"VALUES ?{key} {{ {value} }}", text, count=1)
    return text


def without_comments(sparql):
    """The query without its header comment, which SPARQLWrapper would scan for the query's kind."""
    return "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))


def select(query, /, **params):
    """Runs a SELECT query of the library on the endpoint; one column per variable, numbers as numbers."""
    client = SPARQLWrapper(ENDPOINT)
    client.setMethod(POST)
    client.setQuery(without_comments(load_query(query, **params)))
    client.setReturnFormat(JSON)
    answer = client.queryAndConvert()
    columns = answer["head"]["vars"]
    rows = [{c: _value(b.get(c)) for c in columns} for b in answer["results"]["bindings"]]
    return pd.DataFrame(rows, columns=columns)


def _value(term):
    if term is None:
        return None
    convert = _NUMBERS.get(term.get("datatype"))
    return convert(term["value"]) if convert else term["value"]


def use_chinese_font():
    """Lets matplotlib draw Chinese labels with the first CJK font installed (fonts-wqy-zenhei in CI)."""
    import matplotlib
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    wanted = ["WenQuanYi Zen Hei", "Noto Sans CJK SC", "Source Han Sans SC", "SimHei", "Microsoft YaHei"]
    found = [name for name in wanted if name in installed]
    matplotlib.rcParams["font.sans-serif"] = found + list(matplotlib.rcParams["font.sans-serif"])
    matplotlib.rcParams["axes.unicode_minus"] = False
    return found[0] if found else None
