// Draws a chart above every table marked data-chart ("line", "bar" or "stacked"), from the table's own cells: row
// headers are the labels, columns with data-series are the series, each cell's data-value its number. The table
// stays on the page as the accessible and printable form of the same figures.
(function () {
  const palette = ['#00467f', '#0b6e4f', '#b35900', '#6a3d9a', '#8a1c1c', '#5f6368'];
  function draw(table) {
    const kind = table.dataset.chart;
    const heads = Array.from(table.tHead.rows[0].cells);
    const series = heads.map((cell, index) => ({ cell, index })).filter(h => h.cell.dataset.series !== undefined);
    const rows = Array.from(table.tBodies[0].rows);
    const labels = rows.map(row => row.cells[0].textContent.trim());
    const datasets = series.map((s, i) => ({
      label: s.cell.textContent.trim(),
      data: rows.map(row => Number(row.cells[s.index].dataset.value || 0)),
      backgroundColor: palette[i % palette.length],
      borderColor: palette[i % palette.length]
    }));
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    const box = document.createElement('div');
    box.className = 'chart';
    box.appendChild(canvas);
    table.parentNode.insertBefore(box, table);
    const stacked = kind === 'stacked';
    new Chart(canvas, {
      type: kind === 'line' ? 'line' : 'bar',
      data: { labels, datasets },
      options: {
        indexAxis: stacked ? 'y' : 'x',
        animation: false,
        scales: { x: { stacked, beginAtZero: true }, y: { stacked, beginAtZero: true } },
        plugins: { legend: { display: datasets.length > 1 } }
      }
    });
  }
  document.addEventListener('DOMContentLoaded', () => {
    if (window.Chart) {
      document.querySelectorAll('table[data-chart]').forEach(draw);
    }
  });
})();
