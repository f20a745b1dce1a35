// Draws every <canvas data-chart="ID"> from the JSON in <script type="application/json" id="ID">.
// Colours are from the Okabe–Ito palette, which readers with colour-blindness can tell apart.
(function () {
  "use strict";
  var PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];
  var HIGHLIGHT = "#D55E00";
  // The page's own font (site.css), so charts, their labels and saved images read like the text around them.
  var FONT = window.getComputedStyle(document.documentElement).fontFamily || "sans-serif";

  function dataset(series, index, single) {
    var base = PALETTE[index % PALETTE.length];
    var colours = series.highlight.map(function (h) { return single && h ? HIGHLIGHT : base; });
    return {
      label: series.name,
      data: series.values,
      // A bound or an approximation (">", "≥", "≈") is drawn lighter with an outline, and marked in the tooltip.
      backgroundColor: colours.map(function (c, i) { return series.marks[i] && !series.bounds[i] ? c + "80" : c; }),
      borderColor: colours,
      borderWidth: series.marks.map(function (m, i) { return m && !series.bounds[i] ? 2 : 0; }),
      // A lower bound ("more than 500") is an open-ended bar: its end fades into an arrow (the openEnds plugin).
      openEnded: series.bounds
    };
  }

  // Draws each lower bound's bar as open-ended: the last part fades out, an arrow points on, and the value as the
  // source words it ("超过 500") stands after the arrow, so the bar never reads as the value itself.
  var openEnds = {
    id: "openEnds",
    afterDatasetsDraw: function (chart) {
      var ctx = chart.ctx;
      chart.data.datasets.forEach(function (dataset, d) {
        if (!dataset.openEnded || !dataset.openEnded.some(Boolean)) { return; }
        var display = chart.options.plugins.openEnds.spec.series[d].display;
        chart.getDatasetMeta(d).data.forEach(function (bar, i) {
          if (!dataset.openEnded[i]) { return; }
          var top = bar.y - bar.height / 2, length = bar.x - bar.base;
          var fadeFrom = bar.x - Math.min(48, length * 0.4);
          ctx.save();
          var fade = ctx.createLinearGradient(fadeFrom, 0, bar.x, 0);
          fade.addColorStop(0, "rgba(255, 255, 255, 0)");
          fade.addColorStop(1, "rgba(255, 255, 255, 0.95)");
          ctx.fillStyle = fade;
          ctx.fillRect(fadeFrom, top, bar.x - fadeFrom, bar.height);
          var colour = Array.isArray(dataset.borderColor) ? dataset.borderColor[i] : dataset.borderColor;
          ctx.fillStyle = colour;
          ctx.beginPath();
          ctx.moveTo(bar.x + 2, top);
          ctx.lineTo(bar.x + 12, bar.y);
          ctx.lineTo(bar.x + 2, top + bar.height);
          ctx.closePath();
          ctx.fill();
          ctx.font = "12px " + FONT;
          ctx.fillStyle = "#1a1a1a";
          ctx.textBaseline = "middle";
          ctx.fillText(display[i], bar.x + 16, bar.y);
          ctx.restore();
        });
      });
    }
  };

  // A region without a value gets the words the table gives ("未见于已载入的资料") where its bar would start, never an
  // empty row that could read as zero. One series only: a group of bars leaves it to the table below. How many it
  // wrote is left in the canvas's data-no-value, for the browser test.
  var noValues = {
    id: "noValues",
    afterDatasetsDraw: function (chart) {
      var spec = chart.options.plugins.noValues.spec;
      if (spec.series.length !== 1) { return; }
      var series = spec.series[0], ctx = chart.ctx, x = chart.scales.x.getPixelForValue(0) + 6, written = 0;
      ctx.save();
      ctx.font = "12px " + FONT;
      ctx.fillStyle = "#555555";
      ctx.textBaseline = "middle";
      series.values.forEach(function (value, i) {
        if (value !== null) { return; }
        ctx.fillText(series.display[i], x, chart.scales.y.getPixelForValue(i));
        written++;
      });
      ctx.restore();
      chart.canvas.dataset.noValue = String(written);
    }
  };

  // On a narrow chart a long English name ("Pengjiang District (≈)") goes on two lines rather than being cut at the
  // chart's left edge.
  function wrapOnPhone(canvas, label) {
    var space = label.indexOf(" ");
    return canvas.parentElement.clientWidth < 480 && label.length > 10 && space > 0
      ? [label.slice(0, space), label.slice(space + 1)]
      : label;
  }

  function draw(canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!source || typeof Chart === "undefined") { return; }
    var spec = JSON.parse(source.textContent);
    if (canvas.dataset.kind === "lines") { drawLines(canvas, spec); return; }
    var single = spec.series.length === 1;
    var number = new Intl.NumberFormat(spec.locale);
    // Horizontal bars: the box grows with the number of bars so labels never overlap.
    canvas.parentElement.style.height = (spec.labels.length * (single ? 32 : 18 * spec.series.length + 14) + 90) + "px";
    var bounded = spec.series.some(function (s) { return s.bounds.some(Boolean); });
    new Chart(canvas, {
      type: "bar",
      plugins: [openEnds, noValues],
      data: {
        // A bound or an approximation keeps its mark in the label, and so in a saved image of the chart.
        labels: spec.labels.map(function (label, i) {
          var mark = spec.series.map(function (s) { return s.marks[i]; }).find(function (m) { return m; });
          return wrapOnPhone(canvas, mark ? label + " (" + mark + ")" : label);
        }),
        datasets: spec.series.map(function (s, i) { return dataset(s, i, single); })
      },
      options: {
        indexAxis: "y",
        // Room after the longest bar for a lower bound's arrow and words.
        layout: { padding: { right: bounded ? 110 : 0 } },
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: !single },
          openEnds: { spec: spec },
          noValues: { spec: spec },
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

  // One line per series (a county) over the labels (the years). A year no source gives is a gap, never bridged; a
  // lower bound is a triangle, an approximation a hollow point, reached by a dashed segment, so neither reads as a
  // plain value. A single line (a region's small multiple) has its latest value written beside its last point.
  function drawLines(canvas, spec) {
    var number = new Intl.NumberFormat(spec.locale);
    var single = spec.series.length === 1;
    var chart = new Chart(canvas, {
      type: "line",
      plugins: single ? [latestLabel] : [],
      data: {
        labels: spec.labels,
        datasets: spec.series.map(function (s, i) {
          var colour = PALETTE[i % PALETTE.length];
          return {
            label: s.name,
            data: s.values,
            spanGaps: false,
            borderColor: colour,
            backgroundColor: colour,
            borderWidth: 2,
            pointStyle: s.bounds.map(function (b) { return b ? "triangle" : "circle"; }),
            pointRadius: s.marks.map(function (m) { return m ? 6 : 3; }),
            pointBorderWidth: s.marks.map(function (m) { return m ? 2 : 1; }),
            pointBackgroundColor: s.marks.map(function (m) { return m ? "#ffffff" : colour; }),
            pointBorderColor: colour,
            segment: { borderDash: function (ctx) { return s.marks[ctx.p0DataIndex] || s.marks[ctx.p1DataIndex] ? [5, 4] : undefined; } }
          };
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        layout: { padding: single ? { top: 20, right: 8 } : 0 },
        plugins: {
          legend: { display: !single },
          latestLabel: { series: spec.series[0] },
          tooltip: { callbacks: { label: function (item) {
            var s = spec.series[item.datasetIndex];
            return (single ? "" : s.name + ": ") + s.tooltips[item.dataIndex];
          } } }
        },
        scales: {
          x: { ticks: { autoSkip: true, maxRotation: 0 } },
          y: { title: { display: !single, text: spec.unit }, ticks: { callback: function (v) { return number.format(v); } } }
        }
      }
    });
    canvas.dataset.drawn = String(chart.data.datasets.length);
  }

  // Writes the latest value beside the line's last point, as a statistics office's chart does.
  var latestLabel = {
    id: "latestLabel",
    afterDatasetsDraw: function (chart) {
      var series = chart.options.plugins.latestLabel.series;
      var last = series.values.length - 1;
      while (last >= 0 && series.values[last] === null) { last--; }
      var point = last >= 0 ? chart.getDatasetMeta(0).data[last] : null;
      if (!point) { return; }
      var ctx = chart.ctx;
      ctx.save();
      ctx.font = "600 12px " + FONT;
      ctx.fillStyle = "#1a1a1a";
      // Right-aligned on the point, so a long value never runs off the chart's right edge.
      ctx.textAlign = "right";
      ctx.textBaseline = "bottom";
      // A white halo keeps it legible where the line runs under it.
      ctx.lineJoin = "round";
      ctx.lineWidth = 3;
      ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
      ctx.strokeText(series.display[last], point.x, point.y - 8);
      ctx.fillText(series.display[last], point.x, point.y - 8);
      ctx.restore();
    }
  };

  // --- Chart images -------------------------------------------------------------------------------------------
  // A chart saved for a slide (2×) or for print (4×) is the chart itself drawn again at that pixel ratio, with the
  // caption the page gives it (title, unit and period, notes, sources) and the page's permanent address around it.
  var SCALES = { slides: 2, print: 4 };

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

  // The pairing diagram. East counties stand in a column on the left with their names to their left, west counties
  // on the right with their names to their right, so no link crosses a name. Each pairing's kinds of cooperation are
  // written once, in the middle of its band, on a white box over the links, wrapped to the room between the columns.
  // The columns' padding is measured from the names; where a phone leaves too little room, names wrap. The box's
  // height comes from the style sheet, so drawing does not move the page. What was drawn where is left in the canvas's
  // data-layout (CSS pixels), for the browser test.
  var GRAPH = { radius: 8, gap: 8, middle: 110, nodeSize: 13, nodeLine: 16, pairSize: 11, pairLine: 14 };

  function graphFont(size) { return size + "px " + FONT; }

  // The room each side's names may take, and their padding, for a canvas this wide.
  function graphColumns(ctx, spec, width) {
    ctx.font = graphFont(GRAPH.nodeSize);
    var room = Math.max(48, Math.floor((width - GRAPH.middle) / 2) - GRAPH.radius - GRAPH.gap - 2);
    var widest = function (side) {
      return spec.nodes.filter(function (n) { return n.side === side; })
        .reduce(function (w, n) { return Math.max(w, ctx.measureText(n.label).width); }, 0);
    };
    var east = Math.min(Math.ceil(widest("east")), room), west = Math.min(Math.ceil(widest("west")), room);
    return { east: east, west: west, left: east + GRAPH.gap + GRAPH.radius + 2, right: west + GRAPH.gap + GRAPH.radius + 2 };
  }

  var graphLabels = {
    id: "graphLabels",
    afterDatasetsDraw: function (chart) {
      var spec = chart.options.plugins.graphLabels.spec;
      var columns = chart.options.plugins.graphLabels.columns;
      var points = chart.getDatasetMeta(0).data;
      var ctx = chart.ctx;
      var layout = { width: chart.width, height: chart.height, nodes: [], pairs: [], links: [] };
      ctx.save();
      ctx.textBaseline = "middle";
      ctx.font = graphFont(GRAPH.nodeSize);
      ctx.fillStyle = "#1a1a1a";
      spec.nodes.forEach(function (node, i) {
        var east = node.side === "east";
        var lines = wrap(ctx, node.label, east ? columns.east : columns.west);
        var width = Math.max.apply(null, lines.map(function (l) { return ctx.measureText(l).width; }));
        var height = lines.length * GRAPH.nodeLine;
        var x = points[i].x + (east ? -(GRAPH.radius + GRAPH.gap) : GRAPH.radius + GRAPH.gap);
        var top = points[i].y - height / 2;
        ctx.textAlign = east ? "right" : "left";
        lines.forEach(function (line, l) { ctx.fillText(line, x, top + (l + 0.5) * GRAPH.nodeLine); });
        layout.nodes.push({ label: node.label, x: east ? x - width : x, y: top, w: width, h: height });
      });
      spec.edges.forEach(function (edge) {
        layout.links.push({ x1: points[edge.source].x, y1: points[edge.source].y, x2: points[edge.target].x, y2: points[edge.target].y });
      });
      ctx.font = graphFont(GRAPH.pairSize);
      ctx.textAlign = "center";
      var area = chart.chartArea, y = chart.scales.y;
      var room = area.right - area.left - 2 * (GRAPH.radius + GRAPH.gap);
      spec.pairs.forEach(function (pair) {
        var lines = wrap(ctx, pair.label, room);
        var width = Math.max.apply(null, lines.map(function (l) { return ctx.measureText(l).width; })) + 8;
        var height = lines.length * GRAPH.pairLine + 4;
        var middle = (y.getPixelForValue(pair.top) + y.getPixelForValue(pair.bottom)) / 2;
        var box = { label: pair.label, x: (area.left + area.right - width) / 2, y: middle - height / 2, w: width, h: height };
        ctx.fillStyle = "rgba(255, 255, 255, 0.92)";
        ctx.fillRect(box.x, box.y, box.w, box.h);
        ctx.fillStyle = "#444444";
        lines.forEach(function (line, l) { ctx.fillText(line, box.x + box.w / 2, box.y + 2 + (l + 0.5) * GRAPH.pairLine); });
        layout.pairs.push(box);
      });
      ctx.restore();
      chart.canvas.dataset.layout = JSON.stringify(layout);
    }
  };

  function drawGraph(canvas) {
    var source = document.getElementById(canvas.dataset.graph);
    if (!source || typeof Chart === "undefined" || typeof ChartGraphs === "undefined") { return; }
    var spec = JSON.parse(source.textContent);
    Chart.register(ChartGraphs.GraphController, ChartGraphs.EdgeLine, Chart.PointElement, Chart.LinearScale);
    var columns = graphColumns(canvas.getContext("2d"), spec, canvas.parentElement.clientWidth);
    new Chart(canvas, {
      type: "graph",
      data: {
        labels: spec.nodes.map(function (n) { return n.label; }),
        datasets: [{
          label: spec.title,
          data: spec.nodes.map(function (n) { return { x: n.x, y: n.y }; }),
          edges: spec.edges.map(function (e) { return { source: e.source, target: e.target }; }),
          pointRadius: GRAPH.radius,
          pointBackgroundColor: spec.nodes.map(function (n) { return n.side === "east" ? PALETTE[0] : PALETTE[1]; }),
          lineBorderColor: "#9e9e9e",
          lineBorderWidth: 2
        }]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        layout: { padding: { left: columns.left, right: columns.right, top: 12, bottom: 12 } },
        scales: { x: { display: false, min: 0, max: 1 }, y: { display: false, min: 0, max: spec.rows, reverse: true } },
        plugins: { legend: { display: false }, tooltip: { enabled: false }, graphLabels: { spec: spec, columns: columns } },
        // A narrower or wider window measures the columns again.
        onResize: function (chart, size) {
          var measured = graphColumns(chart.ctx, spec, size.width);
          chart.options.layout.padding.left = measured.left;
          chart.options.layout.padding.right = measured.right;
          chart.options.plugins.graphLabels.columns = measured;
        },
        onClick: function (event, elements) {
          if (elements.length > 0) { window.location.href = spec.nodes[elements[0].index].href; }
        }
      },
      plugins: [graphLabels]
    });
  }

  // The drawing with its caption (title, unit and period, notes, sources) above and below it, and the page's
  // permanent address at the foot.
  function framed(drawing, caption, scale) {
    var cite = document.querySelector(".cite[data-address]");
    var pad = 16 * scale;
    var width = drawing.width + 2 * pad;
    var ctx = document.createElement("canvas").getContext("2d");
    var blocks = [
      { text: caption.title, size: 18, weight: "600", colour: "#1a1a1a" },
      { text: caption.subtitle, size: 14, weight: "400", colour: "#555555" },
      { drawing: true },
      { text: caption.notes.join(" "), size: 12, weight: "400", colour: "#555555" },
      { text: caption.source, size: 12, weight: "400", colour: "#1a1a1a" },
      { text: cite ? cite.dataset.address : window.location.href, size: 12, weight: "400", colour: "#1a1a1a" }
    ].filter(function (b) { return b.drawing || b.text; });
    var height = pad;
    blocks.forEach(function (b) {
      if (b.drawing) { b.height = drawing.height + pad / 2; } else {
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
      if (b.drawing) { paint.drawImage(drawing, pad, y + pad / 4); } else {
        paint.font = b.font;
        paint.fillStyle = b.colour;
        b.lines.forEach(function (line, i) { paint.fillText(line, pad, y + i * b.size * scale * 1.4); });
      }
      y += b.height;
    });
    return out;
  }

  // A chart drawn again at the image's pixel ratio.
  function chartImage(canvas, scale, done) {
    var chart = Chart.getChart(canvas);
    chart.options.devicePixelRatio = scale;
    chart.resize();
    try {
      done(framed(canvas, specOf(canvas).caption, scale));
    } finally {
      chart.options.devicePixelRatio = window.devicePixelRatio;
      chart.resize();
    }
  }

  // A map (drawn on the server as SVG): its drawings, the counties and then the key, painted one under the other at
  // the image's scale, with the county names even where a narrow screen hides them.
  function mapImage(box, scale, done) {
    var drawings = Array.from(box.querySelectorAll("svg"));
    var sizes = drawings.map(function (svg) { var r = svg.getBoundingClientRect(); return { width: r.width * scale, height: r.height * scale }; });
    var out = document.createElement("canvas");
    out.width = Math.max.apply(null, sizes.map(function (s) { return s.width; }));
    out.height = sizes.reduce(function (h, s) { return h + s.height; }, 0);
    var paint = out.getContext("2d");
    var left = drawings.length;
    var y = 0;
    drawings.forEach(function (svg, i) {
      var copy = svg.cloneNode(true);
      copy.setAttribute("width", sizes[i].width);
      copy.setAttribute("height", sizes[i].height);
      copy.setAttribute("font-family", FONT);
      var image = new Image();
      var top = y;
      y += sizes[i].height;
      image.onload = function () {
        paint.drawImage(image, 0, top, sizes[i].width, sizes[i].height);
        URL.revokeObjectURL(image.src);
        if (--left === 0) { done(framed(out, specOf(box).caption, scale)); }
      };
      image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(copy)], { type: "image/svg+xml" }));
    });
  }

  function saveImage(drawing, kind) {
    var make = drawing.tagName === "CANVAS" ? chartImage : mapImage;
    make(drawing, SCALES[kind], function (image) {
      image.toBlob(function (blob) {
        var link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        // The server decides the name (jiangmen-gdp-2023); the print version says so.
        link.download = drawing.dataset.fileName + (kind === "print" ? "-print" : "") + ".png";
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 60000);
      }, "image/png");
    });
  }

  function enableImageDownloads(group) {
    var drawing = group.parentElement.querySelector("[data-file-name]");
    if (!drawing) { return; }
    group.hidden = false;
    group.querySelectorAll("button[data-image]").forEach(function (button) {
      button.addEventListener("click", function () {
        if (drawing.tagName !== "CANVAS") { saveImage(drawing, button.dataset.image); return; }
        drawWaiting(drawing, false, function () {
          if (Chart.getChart(drawing)) { saveImage(drawing, button.dataset.image); }
        });
      });
    });
  }

  // --- When to draw ---------------------------------------------------------------------------------------------
  // Chart.js (and the pairing diagram's plugin) is fetched when the first chart comes near the screen, and each chart
  // is drawn then, in a task of its own: evaluating Chart.js and drawing every chart at load kept a phone's main
  // thread busy for seconds (Lighthouse's Total Blocking Time, bench/RESULTS.md). The scripts' addresses are in the
  // page's <template id="chart-scripts">. Any scroll, tap or key also starts the fetch, so that printing soon after
  // finds the charts drawn; printing draws what is left. Without IntersectionObserver everything is drawn at once.
  var waiting = new Map();
  var chartJs = { ready: false, queue: null };

  function withChartJs(then) {
    if (chartJs.ready) { then(); return; }
    if (chartJs.queue) { chartJs.queue.push(then); return; }
    chartJs.queue = [then];
    var template = document.getElementById("chart-scripts");
    var sources = template ? Array.from(template.content.querySelectorAll("script")).map(function (s) { return s.getAttribute("src"); }) : [];
    var left = sources.length;
    sources.forEach(function (src) {
      var script = document.createElement("script");
      script.src = src;
      // In order: the plugin needs Chart.js.
      script.async = false;
      script.onload = function () {
        if (--left > 0) { return; }
        Chart.defaults.font.family = FONT;
        chartJs.ready = true;
        chartJs.queue.forEach(function (queued) { setTimeout(queued, 0); });
        chartJs.queue = null;
      };
      document.head.appendChild(script);
    });
  }

  function whenNear(selector, drawIt) {
    document.querySelectorAll(selector).forEach(function (canvas) { waiting.set(canvas, drawIt); });
  }

  // Draws a canvas still waiting, now or (later) in a task of its own, once Chart.js is there; then calls then.
  function drawWaiting(canvas, later, then) {
    var drawIt = waiting.get(canvas);
    waiting.delete(canvas);
    withChartJs(function () {
      var run = function () { if (drawIt) { drawIt(canvas); } if (then) { then(); } };
      if (later) { setTimeout(run, 0); } else { run(); }
    });
  }

  function start() {
    whenNear("canvas[data-graph]", drawGraph);
    whenNear("canvas[data-chart]", draw);
    document.querySelectorAll(".image-downloads").forEach(enableImageDownloads);
    if (waiting.size === 0) { return; }
    if (typeof IntersectionObserver !== "function") {
      Array.from(waiting.keys()).forEach(function (canvas) { drawWaiting(canvas, false); });
      return;
    }
    // A chart is drawn once it is on the screen, not before: one just below the first screen (a region's comparisons
    // on a phone) waits for the first scroll rather than making the page's first second busy.
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { observer.unobserve(entry.target); drawWaiting(entry.target, true); }
      });
    }, { rootMargin: "0px" });
    waiting.forEach(function (_, canvas) { observer.observe(canvas); });
    ["scroll", "pointerdown", "keydown", "touchstart"].forEach(function (kind) {
      window.addEventListener(kind, function () { withChartJs(function () {}); }, { once: true, passive: true });
    });
    window.addEventListener("beforeprint", function () {
      Array.from(waiting.keys()).forEach(function (canvas) { observer.unobserve(canvas); drawWaiting(canvas, false); });
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
