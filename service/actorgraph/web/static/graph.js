/* actorgraph: the graph view shared by the embeddable widget and the explorer.
 * Plain script (no bundler): defines window.ActorGraph. Needs vendor/cytoscape.min.js first.
 */
(function () {
  "use strict";

  // Colour and shape per actor type: shape carries the type for colour-blind readers.
  var ACTOR_STYLE = {
    STATE: { color: "#1f77b4", shape: "round-rectangle" },
    GOVERNMENT: { color: "#6a3d9a", shape: "rectangle" },
    ARMED_GROUP: { color: "#d62728", shape: "triangle" },
    ORGANIZATION: { color: "#17becf", shape: "hexagon" },
    PERSON: { color: "#ff7f0e", shape: "ellipse" },
    PLACE: { color: "#2ca02c", shape: "diamond" },
    GROUP: { color: "#7f7f7f", shape: "octagon" },
  };

  // Cooperative types in greens/blues, hostile in reds/oranges, unsigned in greys/purple.
  var RELATION_COLOR = {
    SUPPORTS: "#2ca02c",
    ALLIED_WITH: "#1b7837",
    COOPERATES_WITH: "#4393c3",
    MEMBER_OF: "#8c6d31",
    OPPOSES: "#f08c00",
    ATTACKS: "#d62728",
    FIGHTS: "#99000d",
    CONTROLS: "#9467bd",
    LEADS: "#636363",
  };

  function escapeHtml(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function stylesheet() {
    var s = [
      {
        selector: "node",
        style: {
          label: "data(name)",
          "font-size": 11,
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-wrap": "ellipsis",
          "text-max-width": 120,
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.75,
          "text-background-padding": 1,
          "min-zoomed-font-size": 7,
          width: 22,
          height: 22,
          "border-width": 1,
          "border-color": "#333333",
        },
      },
      { selector: "node.seed", style: { width: 32, height: 32, "border-width": 3, "font-weight": "bold" } },
      { selector: "node.expanded", style: { "border-style": "double", "border-width": 4 } },
      { selector: "node:selected", style: { "border-color": "#000000", "border-width": 4 } },
      {
        selector: "edge",
        style: {
          width: "mapData(confidence, 0, 1, 1, 5)",
          "curve-style": "bezier",
          "target-arrow-shape": "triangle",
          "arrow-scale": 0.9,
          label: "data(label)",
          "font-size": 9,
          color: "#333333",
          "text-rotation": "autorotate",
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
          "text-background-padding": 1,
          "min-zoomed-font-size": 8,
          opacity: 0.9,
        },
      },
      { selector: "edge[?symmetric]", style: { "target-arrow-shape": "none" } },
      // Hedged: every claim behind the edge was reported with hedging ("reports suggest").
      { selector: "edge[?hedged_only]", style: { "line-style": "dashed", "line-dash-pattern": [6, 4] } },
      { selector: "edge.hover", style: { opacity: 1, "z-index": 10, "underlay-color": "#ffd54f", "underlay-opacity": 0.6, "underlay-padding": 3 } },
      { selector: "edge.on-path", style: { width: 5, opacity: 1 } },
    ];
    Object.keys(ACTOR_STYLE).forEach(function (t) {
      s.push({
        selector: 'node[type = "' + t + '"]',
        style: { "background-color": ACTOR_STYLE[t].color, shape: ACTOR_STYLE[t].shape },
      });
    });
    Object.keys(RELATION_COLOR).forEach(function (r) {
      s.push({
        selector: 'edge[relation = "' + r + '"]',
        style: { "line-color": RELATION_COLOR[r], "target-arrow-color": RELATION_COLOR[r] },
      });
    });
    return s;
  }

  /* Neighbourhoods: a radial tree around the seed (below). Paths: left to right from the
   * source. Anything without a seed: force-directed. */
  function layoutOptions(cy, opts) {
    var n = cy.nodes().length;
    if (opts.mode === "path" && opts.from && !cy.getElementById(opts.from).empty()) {
      return {
        name: "breadthfirst",
        roots: cy.getElementById(opts.from),
        directed: false,
        spacingFactor: 1.1,
        avoidOverlap: true,
        padding: 30,
        animate: false,
        transform: function (node, pos) {
          return { x: pos.y * 1.6, y: pos.x * 0.8 }; // turn top-down into left-right
        },
      };
    }
    var seed = cy.getElementById(opts.seed || "");
    if (seed.empty()) {
      return { name: "cose", animate: false, padding: 30, randomize: true };
    }
    return { name: "preset", positions: radialTree(cy, seed, n > 60 ? 30 : 44), padding: 30, animate: false };
  }

  /* A radial tree around the seed: one ring per hop, each node inside the angular wedge of
   * the neighbour that reached it (wedges sized by how many nodes hang below), so branches
   * stay together. Each ring's radius is the smallest that keeps `gap` pixels between
   * neighbours on it; reads at 5 nodes and at a few hundred. */
  function radialTree(cy, seed, gap) {
    var children = {};
    var depth = {};
    var order = [seed.id()];
    depth[seed.id()] = 0;
    for (var i = 0; i < order.length; i++) {
      var id = order[i];
      var kids = cy
        .getElementById(id)
        .neighborhood()
        .nodes()
        .map(function (n) {
          return n.id();
        })
        .filter(function (k) {
          return depth[k] === undefined;
        })
        .sort();
      kids.forEach(function (k) {
        depth[k] = depth[id] + 1;
        order.push(k);
      });
      children[id] = kids;
    }
    // nodes the walk did not reach (none in a neighbourhood) hang off the seed
    cy.nodes().forEach(function (n) {
      if (depth[n.id()] === undefined) {
        depth[n.id()] = 1;
        children[seed.id()].push(n.id());
        children[n.id()] = [];
      }
    });
    var weight = {};
    for (var j = order.length - 1; j >= 0; j--) {
      var w = 0;
      children[order[j]].forEach(function (k) {
        w += weight[k] || 1;
      });
      weight[order[j]] = Math.max(1, w);
    }
    var angle = {};
    function assign(id, from, to) {
      angle[id] = (from + to) / 2;
      var total = 0;
      children[id].forEach(function (k) {
        total += weight[k];
      });
      var at = from;
      children[id].forEach(function (k) {
        var span = ((to - from) * weight[k]) / total;
        assign(k, at, at + span);
        at += span;
      });
    }
    assign(seed.id(), 0, 2 * Math.PI);
    var rings = {};
    Object.keys(depth).forEach(function (id) {
      (rings[depth[id]] = rings[depth[id]] || []).push(angle[id]);
    });
    var radius = { 0: 0 };
    var maxDepth = Math.max.apply(null, Object.keys(rings).map(Number));
    for (var d = 1; d <= maxDepth; d++) {
      var a = (rings[d] || []).slice().sort(function (x, y) {
        return x - y;
      });
      var minGap = 2 * Math.PI;
      for (var m = 1; m < a.length; m++) minGap = Math.min(minGap, a[m] - a[m - 1]);
      if (a.length > 1) minGap = Math.min(minGap, 2 * Math.PI - a[a.length - 1] + a[0]);
      radius[d] = Math.max(radius[d - 1] + 3.2 * gap, gap / Math.max(minGap, 1e-6));
    }
    return function (node) {
      var r = radius[depth[node.id()]];
      var t = angle[node.id()] - Math.PI / 2;
      return { x: r * Math.cos(t), y: r * Math.sin(t) };
    };
  }

  function runLayout(cy, opts) {
    cy.layout(layoutOptions(cy, opts)).run();
    fitCapped(cy);
  }

  // Fit the graph, but never blow a handful of nodes up to fill the frame.
  function fitCapped(cy) {
    cy.fit(undefined, 30);
    if (cy.zoom() > 1.25) {
      cy.zoom(1.25);
      cy.center();
    }
  }

  /* New neighbours of an expanded node go on an arc on the far side of it from the rest
   * of the graph, so they land in free space rather than on top of existing nodes. */
  function placeAround(cy, node, fresh) {
    if (!fresh.length) return;
    var p = node.position();
    var others = cy.nodes().not(node);
    var cx = 0;
    var cy0 = 0;
    others.forEach(function (n) {
      cx += n.position("x");
      cy0 += n.position("y");
    });
    var angle = 0;
    if (others.length) {
      cx /= others.length;
      cy0 /= others.length;
      if (Math.abs(p.x - cx) + Math.abs(p.y - cy0) > 1) angle = Math.atan2(p.y - cy0, p.x - cx);
    }
    var radius = 110 + 5 * fresh.length;
    var spread = Math.min(2 * Math.PI * (1 - 1 / (fresh.length + 1)), 0.45 * fresh.length);
    fresh.forEach(function (n, i) {
      var a = fresh.length === 1 ? angle : angle - spread / 2 + (spread * i) / (fresh.length - 1);
      n.position = { x: p.x + radius * Math.cos(a), y: p.y + radius * Math.sin(a) };
    });
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (resp) {
      return resp.text().then(function (text) {
        var body = null;
        try {
          body = text ? JSON.parse(text) : null;
        } catch (e) {
          body = null;
        }
        if (!resp.ok) {
          var err = new Error((body && (body.detail || body.title)) || "HTTP " + resp.status + " from " + url);
          err.problem = body || { status: resp.status, title: "HTTP " + resp.status };
          throw err;
        }
        if (body === null) throw new Error("the server sent no JSON from " + url);
        return body;
      });
    });
  }

  function legendHtml() {
    var html = '<div class="legend-section"><b>Actors</b>';
    Object.keys(ACTOR_STYLE).forEach(function (t) {
      html +=
        '<span class="legend-item"><span class="swatch shape-' + ACTOR_STYLE[t].shape + '" style="background:' +
        ACTOR_STYLE[t].color + '"></span>' + t.toLowerCase().replace("_", " ") + "</span>";
    });
    html += '</div><div class="legend-section"><b>Relations</b>';
    Object.keys(RELATION_COLOR).forEach(function (r) {
      html +=
        '<span class="legend-item"><span class="line" style="border-color:' + RELATION_COLOR[r] + '"></span>' +
        r.toLowerCase().replace("_", " ") + "</span>";
    });
    html += '<span class="legend-item"><span class="line dashed"></span>hedged only</span></div>';
    return html;
  }

  /* A graph view in `container`. opts: api (URL prefix of the REST API, e.g. "/v1"),
   * filters (query string of the edge filter, applied to every subgraph fetch), window (the
   * time window part alone, for evidence), tooltip and status (elements), onExpand. */
  function View(container, opts) {
    this.opts = opts;
    this.evidenceCache = {};
    this.cy = cytoscape({
      container: container,
      style: stylesheet(),
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
    });
    this.bindHover();
    this.bindExpand();
  }

  View.prototype.setStatus = function (text) {
    if (this.opts.status) this.opts.status.textContent = text;
  };

  View.prototype.load = function (doc, layout) {
    var cy = this.cy;
    cy.elements().remove();
    cy.add(doc.elements.nodes.concat(doc.elements.edges));
    if (layout.seed) cy.getElementById(layout.seed).addClass("seed");
    if (layout.to) cy.getElementById(layout.to).addClass("seed"); // both ends of a path stand out
    this.opts.mode = layout.mode;
    this.opts.seed = layout.seed;
    this.opts.from = layout.from;
    runLayout(cy, this.opts);
  };

  function withFilters(url, filters) {
    return filters ? url + "&" + filters : url;
  }

  // The API's neighbourhood route, in the Cytoscape.js export format.
  View.prototype.neighbourhoodUrl = function (actorId, depth) {
    return withFilters(
      this.opts.api + "/actors/" + encodeURIComponent(actorId) + "/neighbourhood?format=cytoscape&depth=" + depth,
      this.opts.filters
    );
  };

  // Click a node: fetch its 1-hop neighbourhood and add what is new around it.
  View.prototype.expand = function (node) {
    var self = this;
    var cy = this.cy;
    if (node.hasClass("expanding")) return Promise.resolve(0);
    node.addClass("expanding");
    self.setStatus("expanding " + node.data("name") + "…");
    return fetchJson(this.neighbourhoodUrl(node.id(), 1))
      .then(function (doc) {
        var fresh = doc.elements.nodes.filter(function (n) {
          return cy.getElementById(n.data.id).empty();
        });
        placeAround(cy, node, fresh);
        cy.add(fresh);
        var freshEdges = doc.elements.edges.filter(function (e) {
          return cy.getElementById(e.data.id).empty();
        });
        cy.add(freshEdges);
        node.removeClass("expanding").addClass("expanded");
        var cut = doc.data && doc.data.truncated ? " (cut at the server's node cap)" : "";
        self.setStatus(
          "expanded " + node.data("name") + ": +" + fresh.length + " actors, +" + freshEdges.length + " relations" + cut
        );
        if (fresh.length) fitCapped(cy);
        if (self.opts.onExpand) self.opts.onExpand(node, fresh.length, freshEdges.length);
        return fresh.length;
      })
      .catch(function (err) {
        node.removeClass("expanding");
        self.setStatus("could not expand " + node.data("name") + ": " + err.message);
        return 0;
      });
  };

  View.prototype.bindExpand = function () {
    var self = this;
    this.cy.on("tap", "node", function (evt) {
      self.expand(evt.target);
    });
  };

  // The API's evidence route for one edge (claims with their articles' titles and
  // publishers); one request per edge, kept for later hovers and path listings.
  View.prototype.evidenceFor = function (source, relation, target) {
    var key = source + "|" + relation + "|" + target;
    if (!this.evidenceCache[key]) {
      var url =
        this.opts.api + "/relations/" + encodeURIComponent(source) + "/" + encodeURIComponent(relation) + "/" +
        encodeURIComponent(target) + "/evidence?limit=5";
      this.evidenceCache[key] = fetchJson(withFilters(url, this.opts.window));
    }
    return this.evidenceCache[key];
  };

  View.prototype.evidence = function (edge) {
    var d = edge.data();
    return this.evidenceFor(d.source, d.relation, d.target);
  };

  function edgeHeader(cy, d) {
    var s = cy.getElementById(d.source).data("name") || d.source;
    var t = cy.getElementById(d.target).data("name") || d.target;
    var flags = [];
    if (d.hedged_only) flags.push("hedged");
    return (
      "<div class='tt-head'>" + escapeHtml(s) + " <span class='rel' style='color:" +
      (RELATION_COLOR[d.relation] || "#333") + "'>" + escapeHtml(d.label) + "</span> " + escapeHtml(t) +
      "</div><div class='tt-meta'>confidence " + Number(d.confidence).toFixed(2) + " · " + d.evidence_count +
      " claim" + (d.evidence_count === 1 ? "" : "s") + (flags.length ? " · " + flags.join(", ") : "") +
      (d.first_seen ? " · " + escapeHtml(d.first_seen) : "") + "</div>"
    );
  }

  function claimHtml(c) {
    var a = c.article || {};
    var art = a.title || c.article_id;
    var link = a.url
      ? "<a href='" + escapeHtml(a.url) + "' target='_blank' rel='noopener'>" + escapeHtml(art) + "</a>"
      : escapeHtml(art);
    var flags = [];
    if (c.hedged) flags.push("hedged");
    if (c.negated) flags.push("denied");
    if (c.speaker) flags.push("said by " + escapeHtml(c.speaker.name));
    var published = c.published || a.published;
    return (
      "<div class='tt-claim" + (c.negated ? " negated" : "") + "'><q class='sentence'>" + escapeHtml(c.sentence) +
      "</q><div class='tt-src'>" + link + (a.source ? " (" + escapeHtml(a.source) + ")" : "") +
      (published ? " · " + escapeHtml(published) : "") + (flags.length ? " · " + flags.join(", ") : "") +
      "</div></div>"
    );
  }

  View.prototype.bindHover = function () {
    var self = this;
    var cy = this.cy;
    var tip = this.opts.tooltip;
    if (!tip) return;
    var current = null;
    function place(evt) {
      var box = cy.container().getBoundingClientRect();
      var x = evt.renderedPosition.x + 14;
      var y = evt.renderedPosition.y + 14;
      var w = tip.offsetWidth || 320;
      var h = tip.offsetHeight || 120;
      if (x + w > box.width) x = Math.max(4, evt.renderedPosition.x - w - 14);
      if (y + h > box.height) y = Math.max(4, evt.renderedPosition.y - h - 14);
      tip.style.left = x + "px";
      tip.style.top = y + "px";
    }
    cy.on("mouseover", "edge", function (evt) {
      var edge = evt.target;
      current = edge.id();
      edge.addClass("hover");
      var d = edge.data();
      tip.innerHTML = edgeHeader(cy, d) + "<div class='tt-body'>loading evidence…</div>";
      tip.hidden = false;
      place(evt);
      self.evidence(edge).then(
        function (body) {
          if (current !== d.id) return;
          var page = body.claims || { items: [], total: 0 };
          var claims = page.items || [];
          var html = claims.length
            ? claims.slice(0, 3).map(claimHtml).join("")
            : "<div class='tt-claim'>no evidence stored for this relation</div>";
          if (page.total > 3) html += "<div class='tt-more'>+" + (page.total - 3) + " more</div>";
          tip.innerHTML = edgeHeader(cy, d) + "<div class='tt-body'>" + html + "</div>";
          place(evt);
        },
        function (err) {
          if (current !== d.id) return;
          tip.innerHTML = edgeHeader(cy, d) + "<div class='tt-body error'>" + escapeHtml(err.message) + "</div>";
        }
      );
    });
    cy.on("mouseover", "node", function (evt) {
      var d = evt.target.data();
      current = d.id;
      tip.innerHTML =
        "<div class='tt-head'>" + escapeHtml(d.name) + "</div><div class='tt-meta'>" +
        escapeHtml(d.type.toLowerCase().replace("_", " ")) +
        (d.aliases && d.aliases.length ? " · also " + escapeHtml(d.aliases.join(", ")) : "") +
        "</div><div class='tt-hint'>" + (evt.target.hasClass("expanded") ? "expanded" : "click to expand") + "</div>";
      tip.hidden = false;
      place(evt);
    });
    cy.on("mouseout", "edge, node", function (evt) {
      evt.target.removeClass("hover");
      if (current === evt.target.id()) {
        current = null;
        tip.hidden = true;
      }
    });
  };

  window.ActorGraph = {
    View: View,
    fetchJson: fetchJson,
    withFilters: withFilters,
    escapeHtml: escapeHtml,
    legendHtml: legendHtml,
    ACTOR_STYLE: ACTOR_STYLE,
    RELATION_COLOR: RELATION_COLOR,
  };
})();
