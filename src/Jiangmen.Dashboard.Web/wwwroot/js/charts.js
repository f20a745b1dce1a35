// Draws every <canvas data-chart="ID"> from the JSON in <script type="application/json" id="ID">.
// Colours are from the Okabe–Ito palette, which readers with colour-blindness can tell apart.
(function () {
  "use strict";
  var BLUE = "#0072B2", VERMILLION = "#D55E00";

  function draw(canvas) {
    var source = document.getElementById(canvas.dataset.chart);
    if (!source || typeof Chart === "undefined") { return; }
    var spec = JSON.parse(source.textContent);
    // Horizontal bars: the box grows with the number of bars so labels never overlap.
    canvas.parentElement.style.height = (spec.values.length * 32 + 70) + "px";
    var number = new Intl.NumberFormat(spec.locale);
    var colours = spec.highlight.map(function (h) { return h ? VERMILLION : BLUE; });
    new Chart(canvas, {
      type: "bar",
      data: {
        labels: spec.labels.map(function (label, i) { return spec.marks[i] ? label + " (" + spec.marks[i] + ")" : label; }),
        datasets: [{
          label: spec.title,
          data: spec.values,
          backgroundColor: colours.map(function (c, i) { return spec.marks[i] ? c + "80" : c; }),
          borderColor: colours,
          borderWidth: spec.marks.map(function (m) { return m ? 2 : 0; })
        }]
      },
      options: {
        indexAxis: "y",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (item) { return spec.display[item.dataIndex] + " " + spec.unit; } } }
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
