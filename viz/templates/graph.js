// conflict-kg graph page. Every string from the knowledge graph reaches the document
// through textContent, createTextNode or a form control's value: never as markup.
(function () {
  "use strict";

  var page = { ready: false, readyAt: null, frames: 0, errors: [] };
  window.kgPage = page;

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var details = data.details;
  var container = document.getElementById("graph");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  page.network = network;
  page.nodes = nodes;
  page.edges = edges;
  page.details = details;

  // Arrowheads cost more to draw than the lines; on big pages they appear only when
  // zoomed in far enough to see them (data.arrowScale, 0: always shown).
  var arrowsShown = !data.arrowScale;
  function syncArrows() {
    var want = !data.arrowScale || network.getScale() >= data.arrowScale;
    if (want !== arrowsShown) {
      arrowsShown = want;
      network.setOptions({ edges: { arrows: { to: { enabled: want } } } });
    }
  }
  // vis-network draws every edge (line, arrowhead, label) on every frame, even edges far
  // outside the view; on big pages, edges whose box lies outside the view are hidden once
  // the view settles (while it moves, big pages hide edges anyway).
  var cullTimer = null;
  function cull() {
    if (!data.cull) return;
    var tl = network.DOMtoCanvas({ x: 0, y: 0 });
    var br = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    var pad = (br.x - tl.x) * 0.15;
    var x0 = tl.x - pad, x1 = br.x + pad, y0 = tl.y - pad, y1 = br.y + pad;
    var pos = network.getPositions();
    var changes = [];
    data.edges.forEach(function (e) {
      var a = pos[e.from], b = pos[e.to];
      var out = Math.max(a.x, b.x) < x0 || Math.min(a.x, b.x) > x1 ||
        Math.max(a.y, b.y) < y0 || Math.min(a.y, b.y) > y1;
      if (!!e.hidden !== out) {
        e.hidden = out;
        changes.push({ id: e.id, hidden: out });
      }
    });
    if (changes.length) edges.update(changes);
  }
  function settled() {
    clearTimeout(cullTimer);
    cullTimer = setTimeout(function () {
      syncArrows();
      cull();
    }, 100);
  }
  network.on("zoom", settled);
  network.on("dragEnd", settled);
  network.on("animationFinished", settled);
  network.on("resize", settled);
  page.syncArrows = syncArrows;
  page.cull = cull;

  network.on("afterDrawing", function () {
    page.frames += 1;
    if (!page.ready) {
      page.ready = true;
      page.readyAt = performance.now();
      document.body.setAttribute("data-ready", "true");
    }
  });

  // ------------------------------------------------------------------ helpers
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }

  function safeUrl(url) {
    if (typeof url !== "string") return null;
    try {
      var u = new URL(url);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (err) {
      return null;
    }
  }

  function row(dl, key, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", key));
    dl.appendChild(el("dd", value));
  }

  function source(parent, item) {
    // an article reference: title (linked only for http/https URLs) and document id
    if (!item) return;
    var p = el("p", null, "source");
    var url = safeUrl(item.url);
    var name = item.title || item.doc || "article";
    if (url) {
      var a = el("a", name);
      a.href = url;
      a.rel = "noopener noreferrer nofollow";
      a.target = "_blank";
      p.appendChild(a);
    } else {
      p.appendChild(el("span", name));
    }
    var bits = [];
    if (item.doc) bits.push(item.doc);
    if (item.published) bits.push(item.published);
    if (item.publisher) bits.push(item.publisher);
    if (bits.length) p.appendChild(el("span", " (" + bits.join(", ") + ")", "muted"));
    parent.appendChild(p);
  }

  function evidence(parent, sentence, item) {
    if (sentence) parent.appendChild(el("blockquote", sentence, "evidence"));
    source(parent, item);
  }

  function linkTo(id) {
    var d = details[id];
    var b = el("button", d ? d.label : String(id), "link");
    b.type = "button";
    b.addEventListener("click", function () {
      select(id);
    });
    return b;
  }

  // ------------------------------------------------------------------ details panel
  var panel = document.getElementById("details");

  function clearPanel() {
    while (panel.firstChild) panel.removeChild(panel.firstChild);
  }

  function showNode(id) {
    var n = nodes.get(id);
    var d = details[id];
    if (!n || !d) return;
    clearPanel();
    panel.appendChild(el("h2", d.label));
    var dl = el("dl");
    if (d.kind === "event") {
      row(dl, "Event", d.type);
      row(dl, "CAMEO", d.code + " " + d.codeLabel);
      row(dl, "QuadClass", d.quad);
      row(dl, "Goldstein", d.goldstein);
      row(dl, "Date", d.date);
      Object.keys(d.quantities || {}).forEach(function (k) {
        row(dl, k, d.quantities[k]);
      });
      if (d.negated) row(dl, "Negated", "yes");
      if (d.hypothetical) row(dl, "Hypothetical", "yes");
      panel.appendChild(dl);
      var roles = el("ul", null, "roles");
      network.getConnectedEdges(id).forEach(function (eid) {
        var e = edges.get(eid);
        if (!e) return;
        var other = e.from === id ? e.to : e.from;
        var li = el("li", e.role + ": ");
        li.appendChild(linkTo(other));
        roles.appendChild(li);
      });
      panel.appendChild(roles);
      panel.appendChild(el("h3", "Evidence"));
      evidence(panel, d.evidence, d.source);
    } else {
      row(dl, "Class", d.cls);
      row(dl, "Country", d.country);
      row(dl, "Wikidata", d.wikidata);
      row(dl, "Also", (d.aliases || []).join(", "));
      row(dl, "Links", network.getConnectedEdges(id).length);
      row(dl, "IRI", d.iri);
      panel.appendChild(dl);
      var seen = 0;
      var list = el("ul", null, "roles");
      network.getConnectedNodes(id).forEach(function (other) {
        if (seen >= 12) return;
        seen += 1;
        var li = el("li");
        li.appendChild(linkTo(other));
        list.appendChild(li);
      });
      if (seen) {
        panel.appendChild(el("h3", "Connected"));
        panel.appendChild(list);
      }
      var shown = 0;
      (d.evidence || []).forEach(function (item) {
        if (shown >= 5) return;
        if (shown === 0) panel.appendChild(el("h3", "Evidence"));
        shown += 1;
        evidence(panel, item.sentence, item);
      });
    }
  }

  function showEdge(id) {
    var e = edges.get(id);
    if (!e) return;
    var d = data.edgeDetails[id] || {};
    clearPanel();
    var head = el("h2");
    head.appendChild(linkTo(e.from));
    head.appendChild(el("span", " " + e.relation + " ", "rel"));
    head.appendChild(linkTo(e.to));
    panel.appendChild(head);
    if (e.kind === "role") {
      var eventId = details[e.from] && details[e.from].kind === "event" ? e.from : e.to;
      var ev = details[eventId];
      if (ev) {
        panel.appendChild(el("p", ev.type + " (" + ev.code + ")" + (ev.date ? ", " + ev.date : "")));
        panel.appendChild(el("h3", "Evidence"));
        evidence(panel, ev.evidence, ev.source);
      }
    } else {
      (d.evidence || []).forEach(function (item, i) {
        if (i === 0) panel.appendChild(el("h3", "Evidence"));
        evidence(panel, item.sentence, item);
      });
    }
  }

  function select(id) {
    if (nodes.get(id) === null) return;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    syncArrows();
    cull();
    showNode(id);
  }
  page.select = select;
  page.showEdge = showEdge;

  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  network.on("hoverNode", function (params) {
    showNode(params.node);
  });
  network.on("hoverEdge", function (params) {
    if (network.getSelectedNodes().length === 0) showEdge(params.edge);
  });

  // ------------------------------------------------------------------ search
  var search = document.getElementById("search");
  var results = document.getElementById("results");
  var index = data.nodes.map(function (n) {
    var d = details[n.id];
    var names = [d.label].concat(d.aliases || []).join("\n");
    return { id: n.id, text: names.toLowerCase(), n: n };
  });

  function runSearch() {
    while (results.firstChild) results.removeChild(results.firstChild);
    var q = search.value.trim().toLowerCase();
    if (!q) return;
    var found = index.filter(function (item) {
      return item.text.indexOf(q) !== -1 && !item.n.hidden;
    });
    found.sort(function (a, b) {
      var sa = a.text.indexOf(q) === 0 ? 0 : 1;
      var sb = b.text.indexOf(q) === 0 ? 0 : 1;
      return sa - sb || b.n.size - a.n.size;
    });
    found.slice(0, 15).forEach(function (item) {
      var li = el("li");
      li.appendChild(linkTo(item.id));
      results.appendChild(li);
    });
    if (!found.length) results.appendChild(el("li", "no match", "muted"));
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var first = results.querySelector("button");
      if (first) first.click();
    }
  });

  // ------------------------------------------------------------------ filters
  var typeBoxes = Array.prototype.slice.call(document.querySelectorAll("input[data-type]"));
  var since = document.getElementById("since");
  var until = document.getElementById("until");
  var status = document.getElementById("filter-status");

  function applyFilters() {
    var allowed = {};
    typeBoxes.forEach(function (box) {
      allowed[box.value] = box.checked;
    });
    var from = since.value || null;
    var to = until.value || null;
    var changes = [];
    var shown = 0;
    var total = 0;
    data.nodes.forEach(function (n) {
      if (n.kind !== "event") return;
      total += 1;
      var d = details[n.id];
      var ok = allowed[d.typeKey] !== false;
      if (ok && (from || to)) {
        ok = !!(d.start && d.end) && (!from || d.end >= from) && (!to || d.start <= to);
      }
      if (ok) shown += 1;
      if (!!n.hidden === ok) {
        n.hidden = !ok;
        changes.push({ id: n.id, hidden: !ok });
      }
    });
    if (changes.length) nodes.update(changes);
    status.textContent = total ? shown + " of " + total + " events shown" : "no events";
  }
  typeBoxes.forEach(function (box) {
    box.addEventListener("change", applyFilters);
  });
  since.addEventListener("change", applyFilters);
  until.addEventListener("change", applyFilters);
  document.getElementById("all-types").addEventListener("click", function () {
    typeBoxes.forEach(function (box) {
      box.checked = true;
    });
    since.value = "";
    until.value = "";
    applyFilters();
  });
  applyFilters();
  page.applyFilters = applyFilters;
})();
