/* actorgraph embeddable widget: draws the subgraph the page's URL asks for.
 * The server validates the URL and writes the normalised query into #ag-config; errors it
 * found are written there too, so the frame always says something. Tests read window.cy and
 * wait for window.actorgraphReady.
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("ag-config").textContent);
  var message = document.getElementById("message");
  var status = document.getElementById("status");
  window.actorgraphReady = false;
  window.actorgraphError = null;

  function showError(title, detail, suggestions) {
    window.actorgraphError = { title: title, detail: detail || "" };
    message.className = "message error";
    var html = "<h2>" + escape(title) + "</h2>";
    if (detail) html += "<p class='detail'>" + escape(detail) + "</p>";
    if (suggestions && suggestions.length) {
      html += "<p>Did you mean: " + suggestions.map(escape).join(", ") + "?</p>";
    }
    message.innerHTML = html;
    message.hidden = false;
    window.actorgraphReady = true;
  }

  function escape(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function showNote(text) {
    message.className = "message note";
    message.textContent = text;
    message.hidden = false;
  }

  if (config.error) {
    showError(config.error.title, config.error.detail, config.error.suggestions);
    return;
  }
  if (typeof window.cytoscape !== "function" || !window.ActorGraph) {
    showError(
      "The graph library is missing",
      "Cytoscape.js was not found under static/vendor/; run scripts/setup-web on the server."
    );
    return;
  }

  document.getElementById("legend").innerHTML = window.ActorGraph.legendHtml();
  document.getElementById("legend-toggle").addEventListener("click", function () {
    var lg = document.getElementById("legend");
    lg.hidden = !lg.hidden;
  });

  // The same query in the export formats, for people who want the data behind the frame.
  var downloads = document.getElementById("downloads");
  [
    ["graphml", "GraphML"],
    ["gexf", "GEXF"],
    ["csv", "CSV"],
    ["d3", "D3"],
    ["cytoscape", "Cytoscape"],
  ].forEach(function (f, i) {
    var a = document.createElement("a");
    a.href = config.dataUrl.replace("format=cytoscape", "format=" + f[0]);
    a.textContent = f[1];
    a.setAttribute("download", "");
    a.dataset.format = f[0];
    if (i) downloads.appendChild(document.createTextNode(" · "));
    downloads.appendChild(a);
  });

  var view = new window.ActorGraph.View(document.getElementById("cy"), {
    api: config.api,
    filters: config.filters,
    window: config.window,
    tooltip: document.getElementById("tooltip"),
    status: status,
  });
  window.cy = view.cy;
  window.actorgraphView = view;

  status.textContent = "loading…";
  window.ActorGraph.fetchJson(config.dataUrl)
    .then(function (doc) {
      var meta = doc.data || {};
      if (meta.truncated) {
        showError(
          "Subgraph too large",
          "This query reaches " + (meta.total_nodes || "more than " + config.limit) + " actors, over the cap of " +
            config.limit + " for one frame. Lower the depth, filter by relation type or confidence, or pick a narrower actor."
        );
        status.textContent = "";
        return;
      }
      var layout = { mode: config.mode, seed: config.seed, from: config.from, to: config.to };
      view.load(doc, layout);
      var n = view.cy.nodes().length;
      var m = view.cy.edges().length;
      if (config.mode === "path") {
        if (m === 0) {
          showNote("No path between " + config.fromName + " and " + config.toName + " within " + config.maxHops + " hops.");
        }
        status.textContent = n + " actors · " + m + " relations on the paths · hover for evidence";
      } else {
        status.textContent = n + " actors · " + m + " relations · click an actor to expand, hover for evidence";
        if (m === 0) showNote(config.seedName + " has no relations matching these filters.");
      }
      window.actorgraphReady = true;
    })
    .catch(function (err) {
      var p = err.problem || {};
      showError(p.title || "Could not load the graph", p.detail || err.message, p.suggestions);
      status.textContent = "";
    });
})();
