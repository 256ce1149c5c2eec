// The nyckeltal page's six months as charts (Chart.js, served from the jar; docs/adr/0027). The figures are read from
// the trend table below the charts, which stays as their text alternative: a chart shows nothing the table does not.
// No inline script (the Content-Security-Policy allows scripts from 'self' only).
(function () {
  'use strict';
  // distinct hues, and a point shape per line, so that a line is told apart without its colour
  var FARGER = ['#1f5f99', '#b8560f', '#2e7d32', '#8e2472', '#5d4037', '#00796b', '#c62828', '#455a64', '#6a1b9a', '#827717'];
  var FORMER = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross', 'dash', 'line'];

  function serier(tabell, typ) {
    var serier = [];
    tabell.querySelectorAll('tbody tr[data-typ="' + typ + '"]').forEach(function (rad, i) {
      // one cell per month; a month without a denominator has no value (the table writes a dash)
      var varden = Array.prototype.map.call(rad.querySelectorAll('td'), function (cell) {
        var varde = cell.dataset.varde;
        return varde === undefined || varde === '' ? null : Number(varde);
      });
      serier.push({
        label: rad.querySelector('th').textContent.trim(),
        data: varden,
        borderColor: FARGER[i % FARGER.length],
        backgroundColor: FARGER[i % FARGER.length],
        pointStyle: FORMER[i % FORMER.length],
        pointRadius: 4,
        spanGaps: false
      });
    });
    return serier;
  }

  function rita(canvas) {
    var tabell = document.getElementById(canvas.dataset.tabell);
    if (!tabell || typeof Chart === 'undefined') {
      return;
    }
    var manader = Array.prototype.map.call(tabell.querySelectorAll('thead th.tal'), function (th) {
      return th.textContent.trim();
    });
    var data = serier(tabell, canvas.dataset.trend);
    if (data.length === 0) {
      canvas.closest('figure').hidden = true;
      return;
    }
    var andel = canvas.dataset.trend === 'andel';
    new Chart(canvas, {
      type: 'line',
      data: { labels: manader, datasets: data },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: andel ? { min: 0, max: 100 } : { beginAtZero: true } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
    canvas.dataset.ritad = 'true';
  }

  document.querySelectorAll('canvas[data-trend]').forEach(rita);
})();
