// What a Chart.js chart holds and what it drew: for each dataset its label, its data, and how many
// pixels inside the chart area (legend and axes left out) have the dataset's colour; null when
// Chart.js did not run or drew no chart on that canvas.
if (typeof Chart === 'undefined') {
  return null;
}
var chart = Chart.getChart(arguments[0]);
if (!chart) {
  return null;
}
var ratio = chart.currentDevicePixelRatio;
var area = chart.chartArea;
var left = Math.floor(area.left * ratio);
var top = Math.floor(area.top * ratio);
var width = Math.ceil((area.right - area.left) * ratio);
var height = Math.ceil((area.bottom - area.top) * ratio);
var pixels = chart.canvas.getContext('2d').getImageData(left, top, width, height).data;

function rgb(hex) {
  return [1, 3, 5].map(function (at) { return parseInt(hex.substring(at, at + 2), 16); });
}

function pixelsOf(colour) {
  var count = 0;
  for (var i = 0; i < pixels.length; i += 4) {
    if (pixels[i + 3] > 200
        && Math.abs(pixels[i] - colour[0]) <= 8
        && Math.abs(pixels[i + 1] - colour[1]) <= 8
        && Math.abs(pixels[i + 2] - colour[2]) <= 8) {
      count++;
    }
  }
  return count;
}

return {
  type: chart.config.type,
  labels: chart.data.labels.length,
  datasets: chart.data.datasets.map(function (dataset) {
    return { label: dataset.label, data: dataset.data, pixels: pixelsOf(rgb(dataset.backgroundColor)) };
  })
};
