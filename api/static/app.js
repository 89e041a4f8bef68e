// The web UI of Accountability Graph: plain script, no build step. Everything shown from the API is
// put on the page as text (textContent), never as HTML.
"use strict";

const KEY = "acg-api-key";
const LANGUAGE = "acg-language";
const LANGUAGE_NAMES = { en: "English", fr: "Français", es: "Español", de: "Deutsch" };
const main = document.getElementById("main");
let vocabulary = null; // the ontology's terms and their labels by language (GET /vocabulary)

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null) continue;
    node.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
  return node;
}

function show(...nodes) {
  main.replaceChildren(...nodes.filter(n => n !== null && n !== undefined && n !== ""));
}

async function api(path, options) {
  const key = sessionStorage.getItem(KEY);
  const headers = Object.assign({ Authorization: "Bearer " + key }, (options && options.headers) || {});
  const response = await fetch(path, Object.assign({}, options || {}, { headers }));
  if (response.status === 401) {
    sessionStorage.removeItem(KEY);
    askKey("The key was refused; give another.");
    throw new Error("unauthorised");
  }
  const type = response.headers.get("content-type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) throw new Error((body && body.error) || response.statusText);
  return body;
}

function failure(error) {
  return el("p", { class: "error", role: "alert" }, String(error.message || error));
}

function askKey(message) {
  vocabulary = null;
  document.getElementById("who").textContent = "";
  document.getElementById("signout").hidden = true;
  const input = el("input", { type: "password", name: "key", autocomplete: "off", required: true, size: 50 });
  show(
    el("h1", {}, "API key"),
    el("p", { class: "muted" }, message || "Give the key `acg user add` printed. It stays in this tab only."),
    el("form", { onsubmit: ev => { ev.preventDefault(); sessionStorage.setItem(KEY, input.value.trim()); start(); } },
      el("label", {}, "Key", input), el("button", { type: "submit" }, "Use key")),
  );
}

// -- the vocabulary's words, in the language chosen (the ontology's labels; English where a term has none)

function languages() {
  return vocabulary ? ["en", ...Object.keys(vocabulary.labels)] : ["en"];
}

function language() {
  const chosen = localStorage.getItem(LANGUAGE) || (navigator.language || "en").slice(0, 2).toLowerCase();
  return languages().includes(chosen) ? chosen : "en";
}

// kind: "entity_types" or "predicates"; a key the vocabulary does not have is shown as it is.
function word(kind, key) {
  if (!vocabulary || !vocabulary[kind][key]) return key;
  const translated = vocabulary.labels[language()];
  return (translated && translated[kind][key]) || vocabulary[kind][key].label;
}

function term(kind, key) {
  return el("span", { lang: language() }, word(kind, key));
}

function languageChoice() {
  const select = document.getElementById("language");
  select.replaceChildren(...languages().map(l => el("option", { value: l, selected: l === language() }, LANGUAGE_NAMES[l] || l)));
  select.parentElement.hidden = false;
}

function entityLink(e) {
  return el("a", { href: "#/entity/" + encodeURIComponent(e.id) }, e.name || e.id);
}

function period(from, to) {
  return from || to ? (from || "?") + " to " + (to || "?") : "";
}

function table(headers, rows) {
  return el("table", {}, el("thead", {}, el("tr", {}, headers.map(h => el("th", {}, h)))),
    el("tbody", {}, rows.map(r => el("tr", {}, r.map(c => el("td", {}, c))))));
}

function picture(params) {
  const frame = el("iframe", { class: "picture", sandbox: "allow-scripts", title: "graph picture" });
  params.set("language", language());
  api("/viz?" + params.toString()).then(html => { frame.srcdoc = html; }, e => frame.replaceWith(failure(e)));
  return frame;
}

function evidenceList(evidence) {
  return el("div", {}, (evidence || []).map(s => el("div", { class: "quote" },
    s.text ? "“" + s.text + "”" : (s.start !== undefined ? "(quote withheld)" : "(no quote recorded)"),
    s.document ? el("div", { class: "muted" },
      s.source ? s.source.title + " (" + (s.source.publisher || "?") + ", " + (s.source.published || "?") + ")" : s.document,
      s.page ? ", page " + s.page : "",
      s.start !== undefined
        ? [" · ", el("a", { href: "#/passage/" + encodeURIComponent(s.document) + "/" + s.start + "/" + s.end }, "source passage")]
        : "") : null)));
}

// -- pages -------------------------------------------------------------------------------------

function searchPage(query) {
  const input = el("input", { type: "search", name: "q", value: query.get("q") || "", required: true, size: 40 });
  const results = el("div");
  show(el("h1", {}, "Search"),
    el("form", { onsubmit: ev => { ev.preventDefault(); location.hash = "#/?q=" + encodeURIComponent(input.value); } },
      el("label", {}, "Name or alias", input), el("button", { type: "submit" }, "Search")),
    results);
  if (!query.get("q")) return;
  api("/entities?" + new URLSearchParams({ q: query.get("q"), limit: 50 })).then(answer => {
    results.replaceChildren(answer.results.length
      ? table(["name", "type", "score"], answer.results.map(e => [entityLink(e), term("entity_types", e.type), e.score.toFixed(2)]))
      : el("p", {}, "Nothing found."));
  }, e => results.replaceChildren(failure(e)));
}

function entityPage(id) {
  show(el("p", { class: "muted" }, "Loading…"));
  api("/entities/" + encodeURIComponent(id)).then(answer => {
    const e = answer.entity;
    const attrs = Object.entries(e.attributes || {}).map(([k, v]) => [k, Array.isArray(v) ? v.join("; ") : String(v)]);
    show(
      el("h1", {}, e.name, " ", el("span", { class: "muted" }, term("entity_types", e.type))),
      e.aliases && e.aliases.length ? el("p", {}, "Also: " + e.aliases.join("; ")) : null,
      el("p", {},
        el("a", { href: "#/chain/" + encodeURIComponent(e.id) }, "chain of command"), " · ",
        el("a", { href: "#/complicity/" + encodeURIComponent(e.id) }, "complicity"), " · ",
        el("a", { href: "#/timeline/" + encodeURIComponent(e.id) }, "timeline")),
      attrs.length ? table(["attribute", "value"], attrs) : null,
      picture(new URLSearchParams({ entity: e.id, depth: 1 })),
      el("h2", {}, "Assertions and evidence"),
      table(["predicate", "with", "period", "method", "evidence"], answer.relations.map(r => [
        el("span", {}, r.subject === e.id ? "" : "← ", term("predicates", r.predicate),
          r.review_status && r.review_status !== "unreviewed" ? " (" + r.review_status + ")" : ""),
        entityLink(r.other), period(r.valid_from, r.valid_to),
        (r.method || "") + (r.confidence !== undefined ? " " + r.confidence : ""), evidenceList(r.evidence),
      ])),
    );
  }, e => show(failure(e)));
}

function subjectForm(title, base, id, query, withDate) {
  const input = el("input", { name: "entity", value: id ? decodeURIComponent(id) : "", required: true, size: 40 });
  const at = el("input", { name: "at", value: query.get("at") || "", placeholder: "YYYY-MM-DD", size: 11 });
  const all = el("input", { type: "checkbox", name: "all", checked: query.get("all") === "true" });
  return el("form", { onsubmit: ev => {
      ev.preventDefault();
      const asked = new URLSearchParams();
      if (withDate && at.value) asked.set("at", at.value);
      if (withDate && at.value && all.checked) asked.set("all", "true");
      location.hash = base + encodeURIComponent(input.value) + (asked.toString() ? "?" + asked : "");
    } },
    el("label", {}, "Person, unit, crime or case (id or name)", input),
    withDate ? el("label", {}, "As it stood on", at) : null,
    withDate ? el("label", {}, all, " also commanders superseded by then") : null,
    el("button", { type: "submit" }, title));
}

function via(path) {
  // Named ends where the answer names them (complicity, path); predicates alone otherwise.
  return path.map(s => s.subject_name
    ? s.subject_name + " " + word("predicates", s.predicate) + " " + (s.object_name || s.object)
    : word("predicates", s.predicate)).join(" › ");
}

function chainPage(id, query) {
  const out = el("div");
  show(el("h1", {}, "Chain of command"), subjectForm("Show superiors", "#/chain/", id, query, true), out);
  if (!id) return;
  const params = new URLSearchParams({ entity: decodeURIComponent(id) });
  if (query.get("at")) params.set("at", query.get("at"));
  if (query.get("all") === "true") params.set("all", "true");
  api("/chain?" + params).then(answer => {
    out.replaceChildren(
      el("p", {}, "Superiors of ", entityLink(answer.subject), answer.at ? " on " + answer.at : " at any time"),
      table(["distance", "name", "type", "period", "status", "why", "via"], answer.superiors.map(s =>
        [String(s.distance), entityLink(s), term("entity_types", s.type), period(s.valid_from, s.valid_to), s.status || "", s.reason || "",
         via(s.path)])),
      picture(new URLSearchParams([["entity", answer.subject.id], ["depth", "0"], ...answer.superiors.map(s => ["also", s.id])].concat(answer.at ? [["at", answer.at]] : []))),
    );
  }, e => out.replaceChildren(failure(e)));
}

function complicityPage(id, query) {
  const out = el("div");
  show(el("h1", {}, "Complicity"), subjectForm("Show who helped", "#/complicity/", id, query, false), out);
  if (!id) return;
  api("/complicity?" + new URLSearchParams({ entity: decodeURIComponent(id) })).then(answer => {
    const rows = [];
    for (const [key, value] of Object.entries(answer)) {
      if (!Array.isArray(value)) continue;
      for (const a of value) {
        // a status says how sure: "possible" for a unit only present where the crime happened, or a
        // commander whose command is not known to cover its date
        if (a && a.id) rows.push([key, entityLink(a), a.type ? term("entity_types", a.type) : "", (a.role || "") + (a.status ? " (" + a.status + ")" : ""),
          a.path ? via(a.path) : "",
          a.path ? evidenceList(a.path.flatMap(s => s.evidence || [])) : ""]);
      }
    }
    out.replaceChildren(
      el("p", {}, "For ", entityLink(answer.subject || { id: decodeURIComponent(id) })),
      rows.length ? table(["as", "who", "type", "role", "via", "evidence"], rows) : el("p", {}, "No complicity links recorded."));
  }, e => out.replaceChildren(failure(e)));
}

// A year as a number (1995.5 for mid-1995) from an ISO date of any precision; null when there is none.
function yearOf(date, end) {
  if (!date) return null;
  const [y, m, d] = date.split("-").map(Number);
  if (m === undefined) return y + (end ? 1 : 0);
  if (d === undefined) return y + (m - (end ? 0 : 1)) / 12;
  return y + (m - 1) / 12 + d / 365;
}

// Time along one axis: a bar per event from its first to its last day (a dot for one day); dashed where
// either end is only a citation (the link held then, but may have begun earlier or ended later).
function timelinePicture(events) {
  const dated = events.map(e => [e, yearOf(e.from, false), yearOf(e.to, true)]).filter(([, a]) => a !== null);
  if (!dated.length) return el("p", { class: "muted" }, "No dated events.");
  const lo = Math.floor(Math.min(...dated.map(([, a]) => a)));
  const hi = Math.ceil(Math.max(...dated.map(([, a, b]) => b === null ? a : b)));
  // A start with no end known runs to the end of the axis, dashed: it held from then, for how long is unknown.
  for (const d of dated) if (d[2] === null) d[2] = d[0].dates.startsWith("start") ? hi : d[1];
  const width = 760, left = 250, row = 18, span = Math.max(1, hi - lo);
  const x = t => left + (t - lo) / span * (width - left - 30);
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, String(v));
    if (text !== undefined) n.textContent = text;
    svg.appendChild(n);
  };
  svg.setAttribute("viewBox", `0 0 ${width} ${dated.length * row + 30}`);
  svg.setAttribute("class", "timeline");
  svg.setAttribute("role", "img");
  const step = Math.max(1, Math.ceil(span / 10));
  for (let t = lo; t <= hi; t += step) {
    add("line", { x1: x(t), x2: x(t), y1: 0, y2: dated.length * row + 8, stroke: "#ddd" });
    add("text", { x: x(t), y: dated.length * row + 24, "text-anchor": "middle", "font-size": 11 }, String(t));
  }
  dated.forEach(([e, a, b], i) => {
    const y = i * row + 12;
    const other = e.other.name || e.other.id;
    const said = word("predicates", e.predicate);
    const who = e.subject === e.other.id ? other + " " + said : said + " " + other;
    add("text", { x: 4, y: y + 4, "font-size": 11 }, (who.length > 38 ? who.slice(0, 37) + "…" : who));
    const cited = (e.dates || "").includes("cited") || (!e.to && (e.dates || "").startsWith("start"));
    if (b - a < span / 300) add("circle", { cx: x(a), cy: y, r: 4, fill: "#0072B2" });
    else add("line", { x1: x(a), x2: x(b), y1: y, y2: y, stroke: "#0072B2", "stroke-width": 6,
                       "stroke-dasharray": cited ? "6 3" : "none" });
  });
  return svg;
}

function timelinePage(id) {
  const out = el("div");
  show(el("h1", {}, "Timeline"), subjectForm("Show the timeline", "#/timeline/", id, new URLSearchParams(), false), out);
  if (!id) return;
  api("/timeline?" + new URLSearchParams({ entity: decodeURIComponent(id) })).then(answer => {
    out.replaceChildren(
      el("p", {}, "What happened to ", entityLink(answer.subject), " (", term("entity_types", answer.subject.type), "), earliest first"),
      timelinePicture(answer.events),
      table(["from", "to", "dates", "what", "with", "sources"], answer.events.map(e => [
        e.from || "?", e.to || "?", e.dates, term("predicates", e.predicate), entityLink(e.other),
        el("div", {}, e.sources.map(s => el("div", {}, s.title + " (" + (s.publisher || "?") + ", " + (s.published || "?") + ")"))),
      ])),
    );
  }, e => out.replaceChildren(failure(e)));
}

function cell(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function idsIn(value, found) {
  if (Array.isArray(value)) value.forEach(v => idsIn(v, found));
  else if (value && typeof value === "object") {
    if (typeof value.id === "string" && (value._LABEL || value._label || value.name)) found.add(value.id);
    Object.values(value).forEach(v => idsIn(v, found));
  }
  return found;
}

function cypherPage() {
  const text = el("textarea", { name: "query", spellcheck: "false" },
    "MATCH (p:Person)-[r:MEMBER_OF]->(u:Organization)\nRETURN p.name AS person, u.name AS unit, r.valid_from AS from, r.valid_to AS to\nLIMIT 25");
  const out = el("div");
  show(el("h1", {}, "Cypher (read-only)"),
    el("form", { onsubmit: ev => {
        ev.preventDefault();
        out.replaceChildren(el("p", { class: "muted" }, "Running…"));
        api("/cypher", { method: "POST", headers: { "Content-Type": "application/json" },
                         body: JSON.stringify({ query: text.value, parameters: {}, limit: 500 }) }).then(answer => {
          const ids = [...idsIn(answer.rows, new Set())];
          out.replaceChildren(
            el("p", { class: "muted" }, answer.rows.length + " rows" + (answer.truncated ? " (more not shown)" : "")),
            table(answer.columns, answer.rows.map(r => answer.columns.map(c => cell(r[c])))),
            ids.length ? picture(new URLSearchParams([["entity", ids[0]], ["depth", "0"], ...ids.slice(1, 200).map(i => ["also", i])])) : "",
          );
        }, e => out.replaceChildren(failure(e)));
      } },
      el("label", { style: "flex: 1 1 100%" }, "Query (parameters as $name)", text),
      el("button", { type: "submit" }, "Run")),
    out);
}

function passagePage(doc, start, end) {
  api("/documents/" + encodeURIComponent(doc) + "/passage?" + new URLSearchParams({ start, end })).then(p => {
    show(el("h1", {}, "Source passage"),
      el("p", { class: "muted" }, p.document + (p.page ? ", page " + p.page : "") + ", characters " + p.start + "–" + p.end),
      el("p", { class: "passage" }, "…" + p.before, el("mark", {}, p.text), p.after + "…"));
  }, e => show(failure(e)));
}

function route() {
  const [path, search] = location.hash.replace(/^#/, "").split("?");
  const query = new URLSearchParams(search || "");
  const parts = (path || "/").split("/").filter(Boolean);
  if (parts[0] === "entity" && parts[1]) return entityPage(decodeURIComponent(parts[1]));
  if (parts[0] === "chain") return chainPage(parts[1], query);
  if (parts[0] === "complicity") return complicityPage(parts[1], query);
  if (parts[0] === "timeline") return timelinePage(parts[1]);
  if (parts[0] === "cypher") return cypherPage();
  if (parts[0] === "passage" && parts.length === 4) return passagePage(decodeURIComponent(parts[1]), parts[2], parts[3]);
  return searchPage(query);
}

function start() {
  if (!sessionStorage.getItem(KEY)) return askKey();
  api("/me").then(me => {
    document.getElementById("who").textContent = me.name + " (" + me.role + ")";
    document.getElementById("signout").hidden = false;
    return api("/vocabulary");
  }).then(v => {
    vocabulary = v;
    languageChoice();
    route();
  }, e => { if (e.message !== "unauthorised") show(failure(e)); });
}

document.getElementById("language").addEventListener("change", ev => {
  localStorage.setItem(LANGUAGE, ev.target.value);
  route();
});
document.getElementById("signout").addEventListener("click", () => { sessionStorage.removeItem(KEY); askKey(); });
// Before the vocabulary is in, start() routes to the page asked for once it is: routing here too would ask
// the API twice.
window.addEventListener("hashchange", () => { if (sessionStorage.getItem(KEY) && vocabulary) route(); });
start();
