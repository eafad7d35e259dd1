/* actorgraph explorer: search an actor, see its neighbourhood, pick a second actor, see
 * the paths between them with the evidence of every hop. Reads the /v1 API only. */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("ag-config").textContent);
  var AG = window.ActorGraph;
  var message = document.getElementById("message");
  var status = document.getElementById("status");
  var chosen = { a: null, b: null };
  window.actorgraphReady = false;

  function $(id) {
    return document.getElementById(id);
  }

  function showError(title, detail) {
    message.className = "message error";
    message.innerHTML = "<h2>" + AG.escapeHtml(title) + "</h2><p class='detail'>" + AG.escapeHtml(detail || "") + "</p>";
    message.hidden = false;
  }

  function fail(err) {
    var p = err.problem || {};
    showError(p.title || "Request failed", p.detail || err.message);
    window.actorgraphReady = true;
  }

  if (typeof window.cytoscape !== "function" || !AG) {
    message.className = "message error";
    message.textContent = "Cytoscape.js was not found under static/vendor/; run scripts/setup-web on the server.";
    message.hidden = false;
    return;
  }

  $("legend").innerHTML = AG.legendHtml();
  $("legend-toggle").addEventListener("click", function () {
    $("legend").hidden = !$("legend").hidden;
  });
  var view = new AG.View($("cy"), { api: config.api, filters: "", window: "", tooltip: $("tooltip"), status: status });
  window.cy = view.cy;
  window.actorgraphView = view;

  function snippet(path) {
    var src = location.origin + config.embed + path;
    $("snippet").value =
      '<iframe src="' + src + '" width="640" height="420" style="border:1px solid #ddd" loading="lazy" title="actorgraph"></iframe>';
  }

  function searchBox(input, list, onPick) {
    var timer = null;
    var seq = 0;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) {
        list.innerHTML = "";
        return;
      }
      timer = setTimeout(function () {
        var mine = ++seq;
        AG.fetchJson(config.api + "/actors/search?limit=8&q=" + encodeURIComponent(q))
          .then(function (page) {
            if (mine !== seq) return;
            list.innerHTML = "";
            if (!page.items.length) {
              list.innerHTML = "<li class='tt-meta'>no actor matches “" + AG.escapeHtml(q) + "”</li>";
            }
            page.items.forEach(function (hit) {
              var li = document.createElement("li");
              var b = document.createElement("button");
              b.type = "button";
              b.dataset.id = hit.actor.id;
              b.innerHTML =
                AG.escapeHtml(hit.actor.name) + " <span class='type'>" + AG.escapeHtml(hit.actor.type.toLowerCase()) + "</span>";
              b.addEventListener("click", function () {
                list.innerHTML = "";
                input.value = hit.actor.name;
                onPick(hit.actor);
              });
              li.appendChild(b);
              list.appendChild(li);
            });
          })
          .catch(fail);
      }, 200);
    });
  }

  function showChosen(el, actor) {
    el.textContent = actor.name + " (" + actor.type.toLowerCase().replace("_", " ") + ")";
    el.hidden = false;
  }

  function loadNeighbourhood(actor) {
    chosen.a = actor;
    chosen.b = null;
    message.hidden = true;
    $("paths").innerHTML = "";
    $("chosen-b").hidden = true;
    $("search-b").disabled = false;
    showChosen($("chosen-a"), actor);
    var depth = $("depth").value;
    status.textContent = "loading…";
    window.actorgraphReady = false;
    return AG.fetchJson(view.neighbourhoodUrl(actor.id, depth) + "&limit=" + config.nodeCap)
      .then(function (doc) {
        if (doc.data && doc.data.truncated) {
          showError(
            "Subgraph too large",
            "The neighbourhood reaches " + doc.data.total_nodes + " actors, over the cap of " + config.nodeCap + "; lower the depth."
          );
        }
        view.load(doc, { mode: "neighbourhood", seed: actor.id });
        status.textContent = view.cy.nodes().length + " actors · " + view.cy.edges().length + " relations";
        snippet("/neighbourhood?actor=" + encodeURIComponent(actor.id) + "&depth=" + depth);
        window.actorgraphReady = true;
      })
      .catch(fail);
  }

  function hopHtml(hop) {
    var ev = hop.evidence;
    var html = "<div class='hop'>" + AG.escapeHtml(hop.text) + " <span class='tt-meta'>(" +
      Number(hop.edge.confidence).toFixed(2) + ", " + hop.evidence_count + " claim" + (hop.evidence_count === 1 ? "" : "s") + ")</span>";
    if (ev) {
      // The paths route names the article by id; its title comes from the evidence route.
      html += "<div class='ev'><q class='sentence'>" + AG.escapeHtml(ev.sentence) + "</q> — <span class='art' data-claim='" +
        AG.escapeHtml(ev.id) + "'>" + AG.escapeHtml(ev.article_id) + "</span>" +
        (ev.published ? " · " + AG.escapeHtml(ev.published) : "") + (ev.hedged ? " · hedged" : "") + "</div>";
    }
    return html + "</div>";
  }

  function fillArticles(list, paths) {
    var pending = [];
    paths.forEach(function (p) {
      p.hops.forEach(function (h) {
        if (!h.evidence) return;
        var claimId = h.evidence.id;
        pending.push(
          view.evidenceFor(h.edge.source_id, h.edge.relation, h.edge.target_id).then(function (body) {
            var c = (body.claims.items || []).filter(function (x) {
              return x.id === claimId;
            })[0];
            if (!c || !c.article) return;
            list.querySelectorAll(".art[data-claim='" + claimId + "']").forEach(function (el) {
              el.textContent = (c.article.title || c.article_id) + (c.article.source ? " (" + c.article.source + ")" : "");
            });
          })
        );
      });
    });
    return Promise.all(pending);
  }

  function loadPaths(target) {
    chosen.b = target;
    showChosen($("chosen-b"), target);
    var a = chosen.a;
    var q = "source=" + encodeURIComponent(a.id) + "&target=" + encodeURIComponent(target.id) + "&mode=k_shortest&k=3&max_hops=4";
    status.textContent = "finding paths…";
    window.actorgraphReady = false;
    return Promise.all([
      AG.fetchJson(config.api + "/paths?" + q),
      AG.fetchJson(config.api + "/paths?format=cytoscape&" + q),
    ])
      .then(function (res) {
        var found = res[0];
        view.load(res[1], { mode: "path", seed: a.id, from: a.id, to: target.id });
        var list = $("paths");
        list.innerHTML = "";
        if (!found.paths.length) {
          list.innerHTML = "<li>No path within 4 hops.</li>";
        }
        found.paths.forEach(function (p) {
          var li = document.createElement("li");
          li.innerHTML = "<b>" + p.length + " hop" + (p.length === 1 ? "" : "s") + "</b> <span class='tt-meta'>" +
            AG.escapeHtml(p.reading) + "</span>" + p.hops.map(hopHtml).join("");
          li.addEventListener("mouseenter", function () {
            p.hops.forEach(function (h) {
              view.cy.getElementById(h.edge.source_id + "|" + h.edge.relation + "|" + h.edge.target_id).addClass("on-path");
            });
          });
          li.addEventListener("mouseleave", function () {
            view.cy.edges().removeClass("on-path");
          });
          list.appendChild(li);
        });
        status.textContent = found.paths.length + " path(s) from " + a.name + " to " + target.name;
        return fillArticles(list, found.paths).then(function () {
          return found;
        });
      })
      .then(function () {
        snippet("/path?source=" + encodeURIComponent(a.id) + "&target=" + encodeURIComponent(target.id) + "&mode=k_shortest&k=3");
        window.actorgraphReady = true;
      })
      .catch(fail);
  }

  searchBox($("search-a"), $("hits-a"), loadNeighbourhood);
  searchBox($("search-b"), $("hits-b"), loadPaths);
  $("depth").addEventListener("change", function () {
    if (chosen.a) loadNeighbourhood(chosen.a);
  });

  // ?actor=...&target=... opens a view directly (the widget's "open in explorer" link).
  if (config.actor) {
    AG.fetchJson(config.api + "/actors/" + encodeURIComponent(config.actor))
      .then(function (detail) {
        $("search-a").value = detail.actor.name;
        return loadNeighbourhood(detail.actor).then(function () {
          if (!config.target) return null;
          return AG.fetchJson(config.api + "/actors/" + encodeURIComponent(config.target)).then(function (t) {
            $("search-b").value = t.actor.name;
            return loadPaths(t.actor);
          });
        });
      })
      .catch(fail);
  } else {
    window.actorgraphReady = true;
  }
})();
