// Draws every <canvas data-chart="ID"> from the JSON in <script type="application/json" id="ID">.
// Colours are from the Okabe–Ito palette, which readers with colour-blindness can tell apart.
(function () {
  "use strict";
  var PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
  var HIGHLIGHT = "#D55E00";

  function dataset(series, index, single) {
    var base = PALETTE[index % PALETTE.length];
    var colours = series.highlight.map(function (h) { return single && h ? HIGHLIGHT : base; });
    return {
      label: series.name,
      data: series.values,
      // A bound or an approximation (">", "≥", "≈") is drawn lighter with an outline, and marked in the tooltip.
      backgroundColor: colours.map(function (c, i) { return series.marks[i] ? c + "80" : c; }),
      borderColor: colours,
      borderWidth: series.marks.map(function (m) { return m ? 2 : 0; })
    };
  }

  function draw(canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!source || typeof Chart === "undefined") { return; }
    var spec = JSON.parse(source.textContent);
    var single = spec.series.length === 1;
    var number = new Intl.NumberFormat(spec.locale);
    // Horizontal bars: the box grows with the number of bars so labels never overlap.
    canvas.parentElement.style.height = (spec.labels.length * (single ? 32 : 18 * spec.series.length + 14) + 90) + "px";
    new Chart(canvas, {
      type: "bar",
      data: {
        // A bound or an approximation keeps its mark in the label, and so in a saved image of the chart.
        labels: spec.labels.map(function (label, i) {
          var mark = spec.series.map(function (s) { return s.marks[i]; }).find(function (m) { return m; });
          return mark ? label + " (" + mark + ")" : label;
        }),
        datasets: spec.series.map(function (s, i) { return dataset(s, i, single); })
      },
      options: {
        indexAxis: "y",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: !single },
          // Value with its qualifier, unit and period, as the page writes it ("超过 500 亿元（2023）").
          tooltip: { callbacks: { label: function (item) {
            var s = spec.series[item.datasetIndex];
            return (single ? "" : s.name + ": ") + s.tooltips[item.dataIndex];
          } } }
        },
        scales: {
          x: { beginAtZero: true, title: { display: true, text: spec.unit }, ticks: { callback: function (v) { return number.format(v); } } }
        }
      }
    });
  }

  // Writes the latest value beside the line's last point, as a statistics office's chart does.
  var latestLabel = {
    id: "latestLabel",
    afterDatasetsDraw: function (chart) {
      var spec = chart.options.plugins.latestLabel.spec;
      var last = spec.values.length - 1;
      while (last >= 0 && spec.values[last] === null) { last--; }
      var point = last >= 0 ? chart.getDatasetMeta(0).data[last] : null;
      if (!point) { return; }
      var ctx = chart.ctx;
      ctx.save();
      ctx.font = "600 12px system-ui, sans-serif";
      ctx.fillStyle = "#1a1a1a";
      // Right-aligned on the point, so a long value never runs off the chart's right edge.
      ctx.textAlign = "right";
      ctx.textBaseline = "bottom";
      // A white halo keeps it legible where the line runs under it.
      ctx.lineJoin = "round";
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
      ctx.strokeText(spec.display[last], point.x, point.y - 8);
      ctx.fillText(spec.display[last], point.x, point.y - 8);
      ctx.restore();
    }
  };

  // One figure over the years. A year no source gives is a gap; a bound or an approximation is an open marker (a
  // triangle for a lower bound) reached by a dashed segment, never a plain point.
  function drawLine(canvas) {
    var source = document.getElementById(canvas.dataset.line);
    if (!source || typeof Chart === "undefined") { return; }
    var spec = JSON.parse(source.textContent);
    var number = new Intl.NumberFormat(spec.locale);
    var colour = PALETTE[0];
    var bound = function (m) { return m === ">" || m === "≥"; };
    var chart = new Chart(canvas, {
      type: "line",
      data: {
        labels: spec.periods,
        datasets: [{
          label: spec.title,
          data: spec.values,
          spanGaps: false,
          borderColor: colour,
          borderWidth: 2,
          pointStyle: spec.marks.map(function (m) { return bound(m) ? "triangle" : "circle"; }),
          pointRadius: spec.marks.map(function (m) { return m ? 6 : 3; }),
          pointBorderWidth: spec.marks.map(function (m) { return m ? 2 : 1; }),
          pointBackgroundColor: spec.marks.map(function (m) { return m ? "#ffffff" : colour; }),
          pointBorderColor: colour,
          segment: { borderDash: function (ctx) { return spec.marks[ctx.p0DataIndex] || spec.marks[ctx.p1DataIndex] ? [5, 4] : undefined; } }
        }]
      },
      plugins: [latestLabel],
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: { top: 20, right: 8 } },
        plugins: {
          legend: { display: false },
          latestLabel: { spec: spec },
          tooltip: { callbacks: { title: function () { return ""; }, label: function (item) { return spec.tooltips[item.dataIndex]; } } }
        },
        scales: {
          x: { ticks: { autoSkip: true, maxRotation: 0 } },
          y: { ticks: { callback: function (v) { return number.format(v); } } }
        }
      }
    });
    canvas.dataset.drawn = String(chart.getDatasetMeta(0).data.filter(function (p) { return !p.skip; }).length);
  }

  // A hatched grey, so a county with no value never looks like a low value.
  function noDataPattern() {
    var tile = document.createElement("canvas");
    tile.width = tile.height = 8;
    var ctx = tile.getContext("2d");
    ctx.fillStyle = "#eeeeee";
    ctx.fillRect(0, 0, 8, 8);
    ctx.strokeStyle = "#9e9e9e";
    ctx.beginPath(); ctx.moveTo(0, 8); ctx.lineTo(8, 0); ctx.stroke();
    return ctx.createPattern(tile, "repeat");
  }

  // Writes each county's name at its centre (the package's "cp"), with a white halo to stay legible on any shade.
  // Below 480 px the seven names would overlap (蓬江 and 江海 are small neighbours); the table under the map names them.
  var mapLabels = {
    id: "mapLabels",
    afterDatasetsDraw: function (chart) {
      if (chart.width < 480) { return; }
      var projection = chart.scales.projection.projection;
      var ctx = chart.ctx;
      ctx.save();
      ctx.font = "12px system-ui, sans-serif";
      ctx.textAlign = "center";
      ctx.textBaseline = "middle";
      ctx.lineJoin = "round";
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
      ctx.fillStyle = "#1a1a1a";
      // Small neighbours' names would sit on each other: a name that would overlap one already written moves up or
      // down a line, and is left to the table below only when no nearby place is free.
      var written = [];
      function free(box) {
        return written.every(function (w) { return box.right < w.left || box.left > w.right || box.bottom < w.top || box.top > w.bottom; });
      }
      chart.data.datasets[0].data.forEach(function (point, i) {
        var centre = point.feature && point.feature.properties && point.feature.properties.cp;
        if (!centre) { return; }
        var at = projection(centre);
        var name = chart.data.labels[i];
        var half = ctx.measureText(name).width / 2 + 2;
        [0, 14, -14, 28, -28].some(function (shift) {
          var y = at[1] + shift;
          var box = { left: at[0] - half, right: at[0] + half, top: y - 8, bottom: y + 8 };
          if (!free(box)) { return false; }
          written.push(box);
          ctx.strokeText(name, at[0], y);
          ctx.fillText(name, at[0], y);
          return true;
        });
      });
      ctx.restore();
    }
  };

  function drawMap(canvas) {
    var source = document.getElementById(canvas.dataset.map);
    if (!source || typeof Chart === "undefined" || typeof ChartGeo === "undefined") { return; }
    var spec = JSON.parse(source.textContent);
    var number = new Intl.NumberFormat(spec.locale);
    var pattern = noDataPattern();
    Chart.register(ChartGeo.ChoroplethController, ChartGeo.GeoFeature, ChartGeo.ColorScale, ChartGeo.ProjectionScale);
    fetch(spec.geo).then(function (r) { return r.json(); }).then(function (geo) {
      var areas = spec.areas;
      var features = areas.map(function (a) { return geo.features.find(function (f) { return f.id === a.code; }); });
      var chart = new Chart(canvas, {
        type: "choropleth",
        plugins: [mapLabels],
        data: {
          labels: areas.map(function (a) { return a.name; }),
          datasets: [{
            label: spec.title,
            outline: geo.features,
            data: areas.map(function (a, i) { return { feature: features[i], value: a.value }; }),
            backgroundColor: function (context) {
              var point = context.raw;
              if (!point || point.value === null || point.value === undefined) { return pattern; }
              return context.chart.scales.color.getColorForValue(point.value);
            }
          }]
        },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: function (item) {
              var a = areas[item.dataIndex];
              return a.name + ": " + (a.value === null ? spec.noData : a.display + " " + spec.unit);
            } } }
          },
          scales: {
            projection: { axis: "x", projection: "mercator" },
            // No title on the key: it was drawn over the numbers, and the map's caption (on the page and in its
            // image) already gives the unit.
            color: { axis: "x", interpolate: "blues", missing: "#eeeeee",
              legend: { position: "bottom-left", align: "bottom", length: 180, margin: { left: 24, bottom: 8, right: 8, top: 8 } },
              title: { display: false },
              ticks: { callback: function (v) { return number.format(v); } } }
          },
          onClick: function (event, elements) {
            if (elements.length > 0 && areas[elements[0].index].href) { window.location.href = areas[elements[0].index].href; }
          },
          onHover: function (event, elements) { event.native.target.style.cursor = elements.length > 0 ? "pointer" : "default"; }
        }
      });
      canvas.dataset.drawn = String(chart.data.datasets[0].data.length);
    });
  }

  // Writes the counties' names beside their nodes and the kinds of cooperation along each link.
  var graphLabels = {
    id: "graphLabels",
    afterDatasetsDraw: function (chart) {
      var spec = chart.options.plugins.graphLabels.spec;
      var nodes = chart.getDatasetMeta(0).data;
      var ctx = chart.ctx;
      ctx.save();
      ctx.font = "13px system-ui, sans-serif";
      ctx.fillStyle = "#1a1a1a";
      spec.nodes.forEach(function (node, i) {
        ctx.textAlign = node.side === "east" ? "right" : "left";
        ctx.fillText(node.label, nodes[i].x + (node.side === "east" ? -12 : 12), nodes[i].y + 4);
      });
      ctx.font = "11px system-ui, sans-serif";
      ctx.fillStyle = "#555555";
      ctx.textAlign = "center";
      spec.edges.forEach(function (edge) {
        var a = nodes[edge.source], b = nodes[edge.target];
        ctx.fillText(edge.label, (a.x + b.x) / 2, (a.y + b.y) / 2 - 6);
      });
      ctx.restore();
    }
  };

  function drawGraph(canvas) {
    var source = document.getElementById(canvas.dataset.graph);
    if (!source || typeof Chart === "undefined" || typeof ChartGraphs === "undefined") { return; }
    var spec = JSON.parse(source.textContent);
    Chart.register(ChartGraphs.GraphController, ChartGraphs.EdgeLine, Chart.PointElement, Chart.LinearScale);
    canvas.parentElement.style.height = (spec.rows * 70 + 40) + "px";
    new Chart(canvas, {
      type: "graph",
      data: {
        labels: spec.nodes.map(function (n) { return n.label; }),
        datasets: [{
          label: spec.title,
          data: spec.nodes.map(function (n) { return { x: n.x, y: n.y }; }),
          edges: spec.edges.map(function (e) { return { source: e.source, target: e.target }; }),
          pointRadius: 8,
          pointBackgroundColor: spec.nodes.map(function (n) { return n.side === "east" ? PALETTE[0] : PALETTE[1]; }),
          lineBorderColor: "#9e9e9e",
          lineBorderWidth: 2
        }]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: { left: 110, right: 110, top: 20, bottom: 20 } },
        scales: { x: { display: false, min: 0, max: 1 }, y: { display: false, min: 0, max: spec.rows, reverse: true } },
        plugins: { legend: { display: false }, tooltip: { enabled: false }, graphLabels: { spec: spec } },
        onClick: function (event, elements) {
          if (elements.length > 0) { window.location.href = spec.nodes[elements[0].index].href; }
        }
      },
      plugins: [graphLabels]
    });
  }

  // --- Chart images -------------------------------------------------------------------------------------------
  // A chart saved for a slide (2×) or for print (4×) is the chart itself drawn again at that pixel ratio, with the
  // caption the page gives it (title, unit and period, notes, sources) and the page's permanent address around it.
  var SCALES = { slides: 2, print: 4 };
  var FONT = 'system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

  // Lines no wider than width: Chinese breaks between any two characters, other text between words.
  function wrap(ctx, text, width) {
    var tokens = text.match(/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+\s*|\s+/g) || [];
    var lines = [], line = "";
    tokens.forEach(function (token) {
      if (line && ctx.measureText(line + token).width > width) { lines.push(line.trim()); line = token.trimStart(); } else { line += token; }
    });
    if (line.trim()) { lines.push(line.trim()); }
    return lines;
  }

  function specOf(canvas) {
    return JSON.parse(document.getElementById(canvas.dataset.chart || canvas.dataset.map || canvas.dataset.graph).textContent);
  }

  function chartImage(canvas, scale) {
    var chart = Chart.getChart(canvas);
    var caption = specOf(canvas).caption;
    var cite = document.querySelector(".cite[data-address]");
    chart.options.devicePixelRatio = scale;
    chart.resize();
    try {
      var pad = 16 * scale;
      var width = canvas.width + 2 * pad;
      var ctx = document.createElement("canvas").getContext("2d");
      var blocks = [
        { text: caption.title, size: 18, weight: "600", colour: "#1a1a1a" },
        { text: caption.subtitle, size: 14, weight: "400", colour: "#555555" },
        { chart: true },
        { text: caption.notes.join(" "), size: 12, weight: "400", colour: "#555555" },
        { text: caption.source, size: 12, weight: "400", colour: "#1a1a1a" },
        { text: cite ? cite.dataset.address : window.location.href, size: 12, weight: "400", colour: "#1a1a1a" }
      ].filter(function (b) { return b.chart || b.text; });
      var height = pad;
      blocks.forEach(function (b) {
        if (b.chart) { b.height = canvas.height + pad / 2; } else {
          b.font = b.weight + " " + b.size * scale + "px " + FONT;
          ctx.font = b.font;
          b.lines = wrap(ctx, b.text, width - 2 * pad);
          b.height = b.lines.length * b.size * scale * 1.4;
        }
        height += b.height;
      });
      var out = document.createElement("canvas");
      out.width = width;
      out.height = height + pad;
      var paint = out.getContext("2d");
      paint.fillStyle = "#ffffff";
      paint.fillRect(0, 0, out.width, out.height);
      paint.textBaseline = "top";
      var y = pad;
      blocks.forEach(function (b) {
        if (b.chart) { paint.drawImage(canvas, pad, y + pad / 4); } else {
          paint.font = b.font;
          paint.fillStyle = b.colour;
          b.lines.forEach(function (line, i) { paint.fillText(line, pad, y + i * b.size * scale * 1.4); });
        }
        y += b.height;
      });
      return out;
    } finally {
      chart.options.devicePixelRatio = window.devicePixelRatio;
      chart.resize();
    }
  }

  function saveImage(canvas, kind) {
    chartImage(canvas, SCALES[kind]).toBlob(function (blob) {
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      // The server decides the name (jiangmen-gdp-2023); the print version says so.
      link.download = canvas.dataset.fileName + (kind === "print" ? "-print" : "") + ".png";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
    }, "image/png");
  }

  function enableImageDownloads(group) {
    var canvas = group.parentElement.querySelector("canvas[data-file-name]");
    if (!canvas || typeof Chart === "undefined") { return; }
    group.hidden = false;
    group.querySelectorAll("button[data-image]").forEach(function (button) {
      button.addEventListener("click", function () {
        if (Chart.getChart(canvas)) { saveImage(canvas, button.dataset.image); }
      });
    });
  }

  function start() {
    document.querySelectorAll("canvas[data-graph]").forEach(drawGraph);
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
    document.querySelectorAll("canvas[data-line]").forEach(drawLine);
    document.querySelectorAll("canvas[data-map]").forEach(drawMap);
    document.querySelectorAll(".image-downloads").forEach(enableImageDownloads);
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
