"""Graph pictures for investigators: one self-contained HTML file that works with no network at all.

pyvis holds the nodes, edges and options; the page is rendered from the
project's own template (api/templates/graph.html), which inlines
vis-network's script and style (shipped inside pyvis) and loads nothing
remote (pyvis's own template fetches Bootstrap from a CDN). Names, labels and
tooltips reach the page as JSON in a `<script type="application/json">`
block with `<`, `>` and `&` escaped, and are put on the page as text, never
as HTML: a name containing `</script>` or `<img onerror=…>` is shown as
written. Protected people arrive here already pseudonymised (graph.protect).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import pyvis
from pyvis.network import Network

from graph import subgraph
from graph.protect import Protection
from graph.store import StoreView
from ontology import dates, load
from ontology.model import label_in
from ontology.records import Entity, Relation

_QUOTE = 300  # characters of evidence shown in a tooltip


@cache
def _vis() -> tuple[str, str]:
    folder = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    css = (folder / "vis-network.css").read_text(encoding="utf-8")
    # Nothing in them may end their element early (they are inlined as they are, so check).
    for name, text in (("vis-network.min.js", js), ("vis-network.css", css)):
        if re.search(r"</(script|style)|<!--", text, re.IGNORECASE):
            raise RuntimeError(f"{folder / name} cannot be inlined: it closes its element")
    return js, css


@cache
def _template() -> jinja2.Template:
    text = resources.files("api").joinpath("templates/graph.html").read_text(encoding="utf-8")
    return jinja2.Environment(autoescape=True).from_string(text)


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no `<`, `>` or `&` can close it or open a comment.

    >>> script_json({"name": "</script><img src=x onerror=alert(1)>"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _period(r: Relation) -> str:
    if r.valid_from is None and r.valid_to is None:
        return ""
    return f"{r.valid_from or '?'} to {r.valid_to or '?'}"


def _tooltip_node(e: Entity, kind: str) -> str:
    lines = [f"{e.name} ({kind})", f"id: {e.id}"]
    if e.aliases:
        lines.append("also: " + "; ".join(e.aliases))
    lines += [f"{k}: {'; '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in sorted(e.attributes.items())]
    return "\n".join(lines)


def _tooltip_edge(r: Relation, names: dict[str, str], said: str) -> str:
    lines = [f"{names.get(r.subject, r.subject)} {said} {names.get(r.object, r.object)}"]
    if _period(r):
        lines.append(f"period: {_period(r)}")
    lines += [f"{k}: {'; '.join(map(str, v)) if isinstance(v, list) else v}" for k, v in sorted(r.attributes.items())]
    lines.append(f"method: {r.method}" + (f", confidence {r.confidence:g}" if r.confidence is not None else ""))
    for s in r.evidence[:3]:
        quote = s.text if len(s.text) <= _QUOTE else s.text[:_QUOTE] + "…"
        where = (s.document or "") + (f", page {s.page}" if s.page else "")
        lines.append(f"“{quote}” ({where})" if quote else f"source: {where}")
    return "\n".join(lines)


def network(
    entities: Iterable[Entity], relations: Iterable[Relation], centre: str | None = None, language: str = "en",
) -> Network:  # fmt: skip
    """The pyvis network: colour and shape by class as the ontology draws them, links labelled by predicate
    in `language` (the ontology's labels; English where a term has none), tooltips as plain text, and on
    each link the date keys the page filters on."""
    onto = load()
    net = Network(directed=True, height="100%", width="100%")
    names: dict[str, str] = {}
    # the same picture for the same graph: the store returns a neighbourhood in no set order
    for e in sorted(entities, key=lambda e: (e.id != centre, e.id)):
        kind = onto.entity_type(e.type)
        names[e.id] = e.name
        net.add_node(
            e.id, label=e.name, title=_tooltip_node(e, label_in(kind, language)), color=kind.color,
            shape=kind.shape, kind=e.type, borderWidth=4 if e.id == centre else 1, centre=e.id == centre,
        )  # fmt: skip
    for r in sorted(relations, key=lambda r: (r.subject, r.predicate, r.object, r.assertion_id())):
        if r.subject not in names or r.object not in names:
            continue
        predicate = onto.predicate(r.predicate)
        said = label_in(predicate, language)
        net.add_edge(
            r.subject, r.object, label=said, title=_tooltip_edge(r, names, said), id=r.assertion_id(),
            predicate=r.predicate, temporal=predicate.temporal, from_key=dates.lower_key(r.valid_from) or "",
            to_key=dates.upper_key(r.valid_to) or "", dashes=r.attributes.get("review_status") == "rejected",
        )  # fmt: skip
    net.set_options(json.dumps(_OPTIONS))
    return net


_OPTIONS = {
    "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.6}}, "font": {"size": 10, "align": "middle"},
              "smooth": {"type": "dynamic"}, "color": {"color": "#888888"}},
    "nodes": {"font": {"size": 14}},
    "physics": {"solver": "forceAtlas2Based", "stabilization": {"iterations": 200}},
    "interaction": {"hover": True, "tooltipDelay": 150},
}  # fmt: skip


def render(net: Network, title: str, at: str | None = None, language: str = "en") -> str:
    """The self-contained page of a network, its legend in `language`."""
    onto = load()
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    js, css = _vis()
    present = [onto.entity_type(t) for t in sorted({n["kind"] for n in nodes})]
    legend = [{"type": t.name, "label": label_in(t, language), "colour": t.color, "shape": t.shape} for t in present]
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "legend": legend,
        "at": at or "",
        "language": language,
    }
    return _template().render(title=title, vis_js=js, vis_css=css, data=script_json(data))


def picture(
    entities: Iterable[Entity], relations: Iterable[Relation], title: str, centre: str | None = None,
    at: str | None = None, language: str = "en",
) -> str:  # fmt: skip
    return render(network(entities, relations, centre, language), title, at, language)


def around(
    view: StoreView, centre: str, depth: int, guard: Protection, at: str | None = None, also: Iterable[str] = (),
    language: str = "en",
) -> tuple[str, int, int]:  # fmt: skip
    """The picture of the entities within `depth` links of `centre` (with `also`: of those and the other
    entities, and the links among them), people at risk as `guard` shows them, the vocabulary's words in
    `language`: (page, entities, links)."""
    ents, rels = subgraph.around(view, centre, depth)
    if also:
        ents, rels = subgraph.among(view, [e.id for e in ents] + list(also))
    shown_ents, shown_rels = [guard.entity(e) for e in ents], [guard.relation(r) for r in rels]
    centre_id = guard.shown_id(centre)
    name = next((e.name for e in shown_ents if e.id == centre_id), centre_id)
    page = picture(shown_ents, shown_rels, f"{name}: {depth} links around", centre_id, at, language)
    return page, len(shown_ents), len(shown_rels)
