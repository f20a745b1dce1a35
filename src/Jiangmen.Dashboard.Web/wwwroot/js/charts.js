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
        labels: spec.labels.map(function (label, i) {
          var mark = single ? spec.series[0].marks[i] : "";
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
          tooltip: { callbacks: { label: function (item) {
            var s = spec.series[item.datasetIndex];
            return (single ? "" : s.name + ": ") + s.display[item.dataIndex] + " " + spec.unit;
          } } }
        },
        scales: {
          x: { beginAtZero: true, title: { display: true, text: spec.unit }, ticks: { callback: function (v) { return number.format(v); } } }
        }
      }
    });
  }

  function start() { document.querySelectorAll("canvas[data-chart]").forEach(draw); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
