/**
 * The chart.js configuration of the heatmap (chartjs-chart-matrix), kept out of the component so
 * the component only wires props to it. Needs a browser (canvas patterns); not unit-tested.
 */
import { Chart, LinearScale, Tooltip, type ChartConfiguration, type Scale, type TooltipItem } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import type { HeatmapMetric } from './heatmap-controls.ts';
import type { HeatmapMatrix, MatrixCell } from './heatmap-matrix.ts';
import { NULL_FILLS, colourOf, type ColourScale, type NullReason } from './heatmap-scale.ts';

Chart.register(MatrixController, MatrixElement, LinearScale, Tooltip);

export type HeatmapChart = Chart<'matrix', MatrixCell[]>;

export interface HeatmapChartOptions {
  matrix: HeatmapMatrix;
  scale: ColourScale;
  metric: HeatmapMetric;
  drillable: boolean;
  /** Texts of the tooltip, already translated and formatted. */
  tooltip: {
    value: (cell: MatrixCell) => string;
    employees: (cell: MatrixCell) => string;
    footer: string;
  };
  onDrill: (rowId: string) => void;
  /** When set, a click on a cell opens the cell (its people) instead of drilling into its row. */
  onCell?: (cell: MatrixCell) => void;
}

/** A small tile of grey hatching: diagonal for "no data", crossed for "withheld" (as cssNullFill). */
function hatch(reason: NullReason): CanvasPattern | string {
  const { background, line, hatch: kind } = NULL_FILLS[reason];
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return background;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = line;
  ctx.lineWidth = 1;
  ctx.beginPath();
  // The corner strokes continue the lines across the edges of the tile.
  ctx.moveTo(0, 8); ctx.lineTo(8, 0); ctx.moveTo(-1, 1); ctx.lineTo(1, -1); ctx.moveTo(7, 9); ctx.lineTo(9, 7);
  if (kind === 'cross') {
    ctx.moveTo(0, 0); ctx.lineTo(8, 8); ctx.moveTo(7, -1); ctx.lineTo(9, 1); ctx.moveTo(-1, 7); ctx.lineTo(1, 9);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? background;
}

/**
 * One tick at the centre of every row or column. With bounds at ±0.5 chart.js would place its own
 * ticks on the cell edges, so they are set here.
 */
function categoryTicks(labels: string[]) {
  return {
    afterBuildTicks: (axis: Scale) => {
      axis.ticks = labels.map((_, i) => ({ value: i }));
    },
    callback: (value: number | string) => labels[Number(value)] ?? '',
  };
}

function configuration(options: HeatmapChartOptions): ChartConfiguration<'matrix', MatrixCell[]> {
  const { matrix, scale, drillable, tooltip, onDrill, onCell } = options;
  const clickable = drillable || onCell !== undefined;
  const { rows, columns, cells } = matrix;
  const fills = { NO_DATA: hatch('NO_DATA'), SUPPRESSED: hatch('SUPPRESSED') };
  const xTicks = categoryTicks(columns.map((c) => c.shortLabel));
  const yTicks = categoryTicks(rows.map((r) => r.shortLabel));
  const colours = cells.map((c) => (c.value === null ? fills[c.reason ?? 'NO_DATA'] : colourOf(scale, c.value)));
  return {
    type: 'matrix',
    data: {
      datasets: [
        {
          data: cells,
          backgroundColor: (ctx) => colours[ctx.dataIndex],
          borderColor: '#ffffff',
          borderWidth: 1,
          width: ({ chart }) => (chart.chartArea ? chart.chartArea.width / columns.length : 0),
          height: ({ chart }) => (chart.chartArea ? chart.chartArea.height / rows.length : 0),
        },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        // Linear axes over display positions: labels may repeat, positions do not.
        x: {
          type: 'linear',
          position: 'top',
          offset: false,
          min: -0.5,
          max: columns.length - 0.5,
          afterBuildTicks: xTicks.afterBuildTicks,
          grid: { display: false },
          border: { display: false },
          ticks: { autoSkip: false, maxRotation: 60, minRotation: 45, callback: xTicks.callback },
        },
        y: {
          type: 'linear',
          reverse: true,
          offset: false,
          min: -0.5,
          max: rows.length - 0.5,
          afterBuildTicks: yTicks.afterBuildTicks,
          grid: { display: false },
          border: { display: false },
          ticks: { autoSkip: false, callback: yTicks.callback },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items: TooltipItem<'matrix'>[]) => (items[0] ? rows[cells[items[0].dataIndex].y].label : ''),
            label: (item: TooltipItem<'matrix'>) => {
              const cell = cells[item.dataIndex];
              const column = columns[cell.x];
              return [`${column.id} ${column.label}`, tooltip.value(cell), tooltip.employees(cell)];
            },
            footer: () => (clickable ? tooltip.footer : ''),
          },
        },
      },
      onClick: (_event, elements) => {
        const hit = elements[0];
        if (!hit) return;
        if (onCell) onCell(cells[hit.index]);
        else if (drillable) onDrill(cells[hit.index].rowId);
      },
      onHover: (event, elements) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = clickable && elements.length > 0 ? 'pointer' : 'default';
      },
    },
  };
}

export function createHeatmapChart(canvas: HTMLCanvasElement, options: HeatmapChartOptions): HeatmapChart {
  return new Chart(canvas, configuration(options));
}
