(function () {
  'use strict';

  // Okabe-Ito colours: told apart also by readers with a colour vision deficiency.
  var POOL_COLOURS = ['#0072B2', '#009E73', '#CC79A7', '#56B4E9', '#E69F00', '#F0E442', '#000000'];
  var QUEUE_COLOUR = '#D55E00';
  var REASON_COLOURS = ['#009E73', '#56B4E9', '#E69F00', '#CC79A7', '#0072B2', '#D55E00', '#F0E442', '#000000'];

  var simulation = JSON.parse(document.getElementById('simulation').textContent);
  var timeline = simulation.timeline;
  var samples = timeline.samples;
  var labels = samples.map(function (sample) { return clock(sample.t); });

  function clock(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = minutes % 60;
    return Math.floor(minutes / 60) + ':' + (rest < 10 ? '0' : '') + rest;
  }

  function colour(palette, index) {
    return palette[index % palette.length];
  }

  // Drawn once, at once: a report is read, not watched, and a test reads what was drawn.
  function options(stacked, yTitle) {
    return {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: stacked, ticks: { maxRotation: 0, autoSkipPadding: 16 }, title: { display: true, text: 'virtual time (h:mm)' } },
        y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: yTitle } }
      }
    };
  }

  var live = timeline.pools.map(function (pool, index) {
    return {
      label: 'live: ' + pool,
      data: samples.map(function (sample) { return sample.live[pool]; }),
      borderColor: colour(POOL_COLOURS, index),
      backgroundColor: colour(POOL_COLOURS, index),
      borderWidth: 2,
      pointRadius: 0
    };
  });
  live.push({
    label: 'queued steps',
    data: samples.map(function (sample) { return sample.queued; }),
    borderColor: QUEUE_COLOUR,
    backgroundColor: QUEUE_COLOUR,
    borderWidth: 2,
    borderDash: [6, 3],
    pointRadius: 0
  });
  new Chart(document.getElementById('live-chart'), {
    type: 'line',
    data: { labels: labels, datasets: live },
    options: options(false, 'pods, steps')
  });

  new Chart(document.getElementById('reaped-chart'), {
    type: 'bar',
    data: {
      labels: labels,
      datasets: timeline.reasons.map(function (reason, index) {
        return {
          label: reason,
          data: samples.map(function (sample) { return sample.reaped[reason]; }),
          backgroundColor: colour(REASON_COLOURS, index)
        };
      })
    },
    options: options(true, 'pods reaped')
  });
}());
