// Insights charts: each canvas.insight-chart carries its data in data-chart (no inline script, see the CSP);
// Chart.js (served from the WAR as a WebJar) draws it, and "Save as PNG" downloads the chart as drawn.
(() => {
  if (typeof Chart === 'undefined') return;
  const palette = ['#c13584', '#405de6', '#fd8d14', '#2a9d8f', '#8338ec', '#e63946', '#6c757d'];
  const charts = {};
  document.querySelectorAll('canvas.insight-chart').forEach((canvas) => {
    const spec = JSON.parse(canvas.dataset.chart);
    const datasets = spec.datasets.map((d, i) => ({
      label: d.label,
      data: d.data,
      borderColor: palette[i % palette.length],
      backgroundColor: palette[i % palette.length] + (spec.type === 'bar' ? 'cc' : '33'),
      borderWidth: 2,
      pointRadius: spec.labels.length > 40 ? 0 : 2,
      spanGaps: false,
      tension: 0.2,
    }));
    charts[canvas.id] = new Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { display: datasets.length > 1 } },
        scales: { y: { beginAtZero: spec.type === 'bar' } },
      },
    });
    canvas.dataset.rendered = 'true';
  });
  document.querySelectorAll('a.chart-png').forEach((link) => {
    const chart = charts[link.dataset.for];
    if (!chart) return;
    link.href = chart.toBase64Image('image/png', 1);
    link.addEventListener('click', () => { link.href = chart.toBase64Image('image/png', 1); });
  });
  document.getElementById('insights')?.setAttribute('data-charts-ready', 'true');
})();
