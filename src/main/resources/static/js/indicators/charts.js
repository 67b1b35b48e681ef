// Charts of the indicator pages, drawn with Chart.js from the data-* attributes of each <canvas data-chart>:
// data-labels and data-values (JSON arrays), data-goal (a number, or empty), data-unit ("%" or empty).
// No inline script anywhere: the Content-Security-Policy forbids it. Charts are drawn again after htmx swaps.
(function () {
  'use strict';

  var BRAND = '#a4161a';
  var GOAL = '#6c757d';

  function parse(el, name) {
    try {
      return JSON.parse(el.getAttribute(name) || '[]');
    } catch (e) {
      return [];
    }
  }

  function goalOf(el) {
    var g = el.getAttribute('data-goal');
    return g === null || g === '' ? null : Number(g);
  }

  function suffix(el) {
    return el.getAttribute('data-unit') || '';
  }

  function draw(el) {
    if (!window.Chart || el.chart) {
      return;
    }
    var kind = el.getAttribute('data-chart');
    var labels = parse(el, 'data-labels');
    var values = parse(el, 'data-values');
    var goal = goalOf(el);
    var unit = suffix(el);
    var valueLabel = el.getAttribute('data-value-label') || '';
    var goalLabel = el.getAttribute('data-goal-label') || '';
    var datasets = [];
    // Sparklines keep their canvas size; the other charts fill a wrapper of fixed height.
    var options = {
      responsive: kind !== 'spark',
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: kind === 'trend' } },
      scales: {}
    };
    if (kind === 'spark') {
      datasets.push({ data: values, borderColor: BRAND, backgroundColor: BRAND, pointRadius: 2, spanGaps: true,
        borderWidth: 2 });
      if (goal !== null) {
        datasets.push({ data: labels.map(function () { return goal; }), borderColor: GOAL, borderDash: [3, 3],
          pointRadius: 0, borderWidth: 1 });
      }
      options.plugins.tooltip = { enabled: false };
      options.scales = { x: { display: false }, y: { display: false } };
      el.chart = new window.Chart(el, { type: 'line', data: { labels: labels, datasets: datasets }, options: options });
      return;
    }
    var tick = { callback: function (v) { return v + unit; } };
    if (kind === 'trend') {
      datasets.push({ label: valueLabel, data: values, borderColor: BRAND, backgroundColor: BRAND, spanGaps: true,
        tension: 0.2 });
      if (goal !== null) {
        datasets.push({ label: goalLabel, data: labels.map(function () { return goal; }), borderColor: GOAL,
          borderDash: [6, 4], pointRadius: 0 });
      }
      options.scales = { y: { beginAtZero: true, ticks: tick } };
      el.chart = new window.Chart(el, { type: 'line', data: { labels: labels, datasets: datasets }, options: options });
    } else if (kind === 'bars') {
      datasets.push({ label: valueLabel, data: values, backgroundColor: BRAND });
      if (goal !== null) {
        datasets.push({ type: 'line', label: goalLabel, data: labels.map(function () { return goal; }),
          borderColor: GOAL, borderDash: [6, 4], pointRadius: 0 });
      }
      options.indexAxis = 'y';
      options.plugins.legend = { display: goal !== null };
      options.scales = { x: { beginAtZero: true, ticks: tick } };
      el.chart = new window.Chart(el, { type: 'bar', data: { labels: labels, datasets: datasets }, options: options });
    }
  }

  function drawAll(root) {
    (root || document).querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:afterSettle', function (event) { drawAll(event.target); });
})();
