// stategraph page script: draws the embedded graph with vis-network, then stops the physics.
// All text from articles is put on screen with textContent only; nothing is parsed as HTML.
(function () {
  "use strict";
  window.stategraphStartMs = performance.now();
  var data = JSON.parse(document.getElementById("stategraph-data").textContent);

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function tooltip(tip) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-head", tip.head));
    var table = el("table", "tip-rows");
    (tip.rows || []).forEach(function (row) {
      var tr = el("tr");
      tr.appendChild(el("th", null, row[0]));
      tr.appendChild(el("td", null, row[1]));
      table.appendChild(tr);
    });
    box.appendChild(table);
    if (tip.evidence && tip.evidence.length) {
      var list = el("ol", "tip-evidence");
      tip.evidence.forEach(function (ev) {
        var item = el("li");
        item.appendChild(el("div", "tip-sentence", "\u201c" + ev.sentence + "\u201d"));
        var source = [ev.title, ev.outlet, ev.date].filter(function (s) { return s; }).join(" \u00b7 ");
        item.appendChild(el("div", "tip-source", source));
        list.appendChild(item);
      });
      box.appendChild(list);
    }
    if (tip.hint) { box.appendChild(el("div", "tip-hint", tip.hint)); }
    return box;
  }

  var searchIndex = [];
  var nodes = data.nodes.map(function (n) {
    (n.search || []).forEach(function (name) { searchIndex.push([String(name).toLowerCase(), n.id]); });
    var node = Object.assign({}, n, { title: tooltip(n.tip) });
    delete node.tip; delete node.search;
    return node;
  });
  var edges = data.edges.map(function (e) {
    var edge = Object.assign({}, e, { title: tooltip(e.tip) });
    delete edge.tip; delete edge.kind;
    return edge;
  });

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) }, data.options);
  window.stategraphNetwork = network;
  window.stategraphData = data.meta;
  window.stategraphStable = false;

  function settled() {
    if (window.stategraphStable) { return; }
    network.setOptions({ physics: false });
    window.stategraphStable = true;
    window.stategraphStableMs = performance.now();
    document.body.setAttribute("data-stable", "true");
    var loading = document.getElementById("loading");
    if (loading) { loading.remove(); }
    if (data.meta.focus) { network.selectNodes([data.meta.focus]); }
  }
  network.once("stabilizationIterationsDone", settled);
  network.once("stabilized", settled);

  function findActor(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) { return null; }
    var tests = [
      function (name) { return name === q; },
      function (name) { return name.indexOf(q) === 0; },
      function (name) { return name.indexOf(q) >= 0; }
    ];
    for (var t = 0; t < tests.length; t++) {
      for (var i = 0; i < searchIndex.length; i++) {
        if (tests[t](searchIndex[i][0])) { return searchIndex[i][1]; }
      }
    }
    return null;
  }

  var status = document.getElementById("search-status");
  window.stategraphSearch = function (query) {
    var id = findActor(query);
    if (id === null) {
      status.textContent = "No actor matches \u201c" + query + "\u201d.";
      return null;
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.4, animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    var node = data.nodes.filter(function (n) { return n.id === id; })[0];
    status.textContent = "Found " + (node ? node.tip.head : id) + " (" + id + ").";
    return id;
  };
  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    window.stategraphSearch(document.getElementById("search").value);
  });

  if (data.meta.nodeHref) {
    network.on("doubleClick", function (params) {
      if (params.nodes && params.nodes.length) {
        window.location.href = data.meta.nodeHref.split("{id}").join(encodeURIComponent(params.nodes[0]));
      }
    });
  }
})();
