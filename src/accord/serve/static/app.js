// accord's query page: stored queries with parameter forms, a SPARQL editor, a results table with downloads,
// and an SVG picture of the alliances and acts around an actor. No framework: the page talks to the
// server's own endpoints (/queries, /queries/NAME, /sparql).
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const DEFAULTS = { actor: "Q159", type: "AGREE", quad: "verbal-conflict", code: "042",
                   document: "north-korea-russia-alliance" };
const KIND_COLOURS = { state: "#1f77b4", person: "#ff7f0e", "government body": "#2ca02c",
                       "international organization": "#9467bd", group: "#8c564b", Alliance: "#e6ab02",
                       other: "#7f7f7f" };
const QUAD_COLOURS = { VerbalCooperation: "#66a61e", MaterialCooperation: "#1b9e77", VerbalConflict: "#d95f02",
                       MaterialConflict: "#c2185b", alliance: "#e6ab02", actsFor: "#9e9e9e" };

const EDGE_LABELS = { VerbalCooperation: "verbal cooperation", MaterialCooperation: "material cooperation",
                      VerbalConflict: "verbal conflict", MaterialConflict: "material conflict",
                      alliance: "alliance membership", actsFor: "acts for" };

const $ = (id) => document.getElementById(id);

function setStatus(text, isError) {
  const status = $("status");
  status.textContent = text;
  status.className = isError ? "error" : "";
}

async function fetchText(url, options) {
  const response = await fetch(url, options);
  const text = await response.text();
  if (!response.ok) throw new Error(text.trim() || response.statusText);
  return { text, truncated: response.headers.get("Accord-Truncated") };
}

function cell(value) {
  if (value === null || value === undefined) return "";
  return String(value);
}

// Rows are a list of objects with the same keys in `columns` order.
function showTable(columns, rows, truncated) {
  const table = document.createElement("table");
  table.id = "results-table";
  const head = table.createTHead().insertRow();
  for (const c of columns) {
    const th = document.createElement("th");
    th.textContent = c;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const c of columns) tr.insertCell().textContent = cell(row[c]);
  }
  $("results").replaceChildren(table);
  const cut = truncated ? ` (cut at the server's row cap of ${truncated})` : "";
  setStatus(`${rows.length} row${rows.length === 1 ? "" : "s"}${cut}`, false);
}

function showDownloads(links) {
  const box = $("downloads");
  box.replaceChildren();
  for (const [label, href] of links) {
    const a = document.createElement("a");
    a.href = href;
    a.textContent = label;
    a.setAttribute("download", "");
    box.appendChild(a);
  }
}

function queryUrl(name, params, format) {
  const search = new URLSearchParams(params);
  search.set("format", format);
  return `/queries/${name}?${search}`;
}

async function runStored(query, form) {
  const params = {};
  for (const p of query.params) {
    const value = form.elements[p.name].value.trim();
    if (value) params[p.name] = value;
  }
  setStatus(`running ${query.name}…`, false);
  try {
    const { text, truncated } = await fetchText(queryUrl(query.name, params, "json"));
    const rows = JSON.parse(text);
    const columns = rows.length ? Object.keys(rows[0]) : query.columns;
    showTable(columns, rows, truncated);
    showDownloads([["CSV", queryUrl(query.name, params, "csv")], ["JSON", queryUrl(query.name, params, "json")]]);
  } catch (err) {
    setStatus(err.message, true);
  }
}

function listQueries(queries) {
  const list = $("query-list");
  for (const query of queries) {
    const item = document.createElement("li");
    const form = document.createElement("form");
    form.dataset.query = query.name;
    const name = document.createElement("div");
    name.className = "name";
    name.textContent = query.name;
    const summary = document.createElement("div");
    summary.className = "summary";
    summary.textContent = query.summary;
    form.append(name, summary);
    for (const p of query.params) {
      const label = document.createElement("label");
      label.textContent = `${p.name} (${p.type}${p.required ? "" : ", optional"}) `;
      label.title = p.doc;
      const input = document.createElement("input");
      input.name = p.name;
      input.required = p.required;
      if (p.required && DEFAULTS[p.type] !== undefined) input.value = DEFAULTS[p.type];
      label.appendChild(input);
      form.appendChild(label);
    }
    const button = document.createElement("button");
    button.type = "submit";
    button.textContent = "Run";
    form.appendChild(button);
    form.addEventListener("submit", (event) => { event.preventDefault(); runStored(query, form); });
    item.appendChild(form);
    list.appendChild(item);
  }
}

// A SPARQL JSON results term as display text.
function termText(term) {
  if (!term) return "";
  return term.value;
}

async function runSparql(event) {
  event.preventDefault();
  const query = $("sparql-text").value;
  setStatus("running…", false);
  try {
    const { text, truncated } = await fetchText("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query",
                 "Accept": "application/sparql-results+json, text/turtle;q=0.9" },
      body: query,
    });
    const get = (format) => `/sparql?${new URLSearchParams({ query, format })}`;
    let parsed = null;
    try { parsed = JSON.parse(text); } catch (_) { /* a graph in Turtle */ }
    if (parsed && parsed.head && parsed.results) {
      const columns = parsed.head.vars;
      const rows = parsed.results.bindings.map((b) => Object.fromEntries(columns.map((c) => [c, termText(b[c])])));
      showTable(columns, rows, truncated);
      showDownloads([["CSV", get("csv")], ["JSON", get("json")]]);
    } else if (parsed && "boolean" in parsed) {
      showTable(["answer"], [{ answer: String(parsed.boolean) }], null);
      showDownloads([["JSON", get("json")]]);
    } else {
      const pre = document.createElement("pre");
      pre.textContent = text;
      $("results").replaceChildren(pre);
      setStatus("a graph, in Turtle", false);
      showDownloads([["Turtle", get("turtle")], ["JSON-LD", get("jsonld")]]);
    }
  } catch (err) {
    setStatus(err.message, true);
  }
}

// The picture ---------------------------------------------------------------------------------------

function graphFromRows(rows) {
  const nodes = new Map();
  const edges = [];
  const node = (id, label, kind) => {
    if (!nodes.has(id)) nodes.set(id, { id, label, kind: kind || "other", x: 0, y: 0, vx: 0, vy: 0 });
    return nodes.get(id);
  };
  for (const r of rows) {
    const source = node(r.source, r.source_label, r.source_kind);
    const target = node(r.target, r.target_label, r.target_kind);
    edges.push({ source, target, relation: r.relation, quad: r.quad });
  }
  return { nodes: [...nodes.values()], edges };
}

// A small force layout: springs along edges, repulsion between every pair, a pull to the centre.
function layout(graph, width, height) {
  const n = graph.nodes.length;
  graph.nodes.forEach((v, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    v.x = width / 2 + (width / 3) * Math.cos(angle);
    v.y = height / 2 + (height / 3) * Math.sin(angle);
  });
  const ideal = Math.min(width, height) / 2.6;
  for (let step = 0; step < 300; step++) {
    const heat = 1 - step / 300;
    for (const a of graph.nodes) {
      for (const b of graph.nodes) {
        if (a === b) continue;
        const dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 25);
        const push = (ideal * ideal) / d2;
        a.vx += (dx / Math.sqrt(d2)) * push;
        a.vy += (dy / Math.sqrt(d2)) * push;
      }
    }
    for (const e of graph.edges) {
      const dx = e.target.x - e.source.x, dy = e.target.y - e.source.y;
      const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
      const pull = (d - ideal) / d * 0.5;
      e.source.vx += dx * pull; e.source.vy += dy * pull;
      e.target.vx -= dx * pull; e.target.vy -= dy * pull;
    }
    for (const v of graph.nodes) {
      v.vx += (width / 2 - v.x) * 0.02;
      v.vy += (height / 2 - v.y) * 0.02;
      const speed = Math.sqrt(v.vx * v.vx + v.vy * v.vy);
      const limit = 12 * heat + 0.5;
      if (speed > limit) { v.vx *= limit / speed; v.vy *= limit / speed; }
      v.x = Math.min(width - 60, Math.max(60, v.x + v.vx));
      v.y = Math.min(height - 25, Math.max(25, v.y + v.vy));
      v.vx *= 0.5; v.vy *= 0.5;
    }
  }
}

function svgElement(name, attributes) {
  const el = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  return el;
}

function draw(graph) {
  const svg = $("network");
  const width = svg.width.baseVal.value, height = svg.height.baseVal.value;
  svg.replaceChildren();
  if (!graph.nodes.length) {
    const empty = svgElement("text", { x: 20, y: 30 });
    empty.textContent = "nothing in the graph around this actor";
    svg.appendChild(empty);
    return;
  }
  layout(graph, width, height);
  // Several acts between the same pair are drawn as separate arcs, bent apart.
  const seen = new Map();
  for (const e of graph.edges) {
    const key = [e.source.id, e.target.id].sort().join(" ");
    const k = seen.get(key) || 0;
    seen.set(key, k + 1);
    const mx = (e.source.x + e.target.x) / 2, my = (e.source.y + e.target.y) / 2;
    const dx = e.target.x - e.source.x, dy = e.target.y - e.source.y;
    const d = Math.max(Math.sqrt(dx * dx + dy * dy), 1);
    const bend = (k % 2 ? -1 : 1) * Math.ceil(k / 2) * 22;
    const cx = mx - (dy / d) * bend, cy = my + (dx / d) * bend;
    const path = svgElement("path", {
      d: `M${e.source.x},${e.source.y} Q${cx},${cy} ${e.target.x},${e.target.y}`,
      fill: "none", stroke: QUAD_COLOURS[e.quad] || "#999", "stroke-width": 2, class: "edge",
      "stroke-dasharray": e.quad === "actsFor" ? "5 3" : "none",
      "data-quad": e.quad,
    });
    const title = svgElement("title", {});
    title.textContent = `${e.source.label} → ${e.relation} → ${e.target.label} (${e.quad})`;
    path.appendChild(title);
    svg.appendChild(path);
    // The label sits on the curve's midpoint, halfway between the chord's midpoint and the control point.
    const label = svgElement("text", { x: (mx + cx) / 2, y: (my + cy) / 2 - 3, fill: QUAD_COLOURS[e.quad] || "#999", "text-anchor": "middle" });
    label.textContent = e.relation;
    svg.appendChild(label);
  }
  for (const v of graph.nodes) {
    const circle = svgElement("circle", { cx: v.x, cy: v.y, r: 9, fill: KIND_COLOURS[v.kind] || KIND_COLOURS.other,
                                          stroke: "#fff", "stroke-width": 1.5, class: "node", "data-kind": v.kind });
    const title = svgElement("title", {});
    title.textContent = `${v.label} (${v.kind})\n${v.id}`;
    circle.appendChild(title);
    svg.appendChild(circle);
    const label = svgElement("text", { x: v.x + 12, y: v.y + 4 });
    label.textContent = v.label;
    svg.appendChild(label);
  }
}

function legend() {
  const box = $("legend");
  const entry = (colour, text) => {
    const span = document.createElement("span");
    const swatch = document.createElement("i");
    swatch.style.background = colour;
    span.append(swatch, text);
    box.appendChild(span);
  };
  for (const [kind, colour] of Object.entries(KIND_COLOURS)) entry(colour, kind);
  box.appendChild(document.createElement("br"));
  for (const [quad, colour] of Object.entries(QUAD_COLOURS)) entry(colour, EDGE_LABELS[quad]);
}

async function drawNetwork(event) {
  if (event) event.preventDefault();
  const actor = $("network-actor").value.trim();
  try {
    const { text } = await fetchText(queryUrl("network", { actor }, "json"));
    draw(graphFromRows(JSON.parse(text)));
    $("network").dataset.actor = actor;
  } catch (err) {
    setStatus(err.message, true);
  }
}

async function start() {
  $("sparql-form").addEventListener("submit", runSparql);
  $("network-form").addEventListener("submit", drawNetwork);
  legend();
  try {
    const { text } = await fetchText("/queries");
    listQueries(JSON.parse(text).filter((q) => !q.name.startsWith("checks/")));
    document.body.dataset.ready = "true";
  } catch (err) {
    setStatus(`cannot list the stored queries: ${err.message}`, true);
  }
}

start();
