// The chart of one series (uPlot): the values as a min–max band with the mean line, the expected band, findings
// shaded by severity; drag to zoom, keys and buttons to pan and zoom (the view re-reads the range at one bucket per
// pixel), live points folded in without a reload.
import uPlot from '../../lib/uplot/uPlot.esm.js';
import { number, dateTime, quantity } from '../format.js';
import { t } from '../i18n.js';
import { addLivePoints, bandColumns, chartTable, dropBefore, valueColumns, valueExtent } from './chart-data.js';
import { findingsLayer } from './findings-layer.js';
import { timeAxisValues } from './time-axis.js';

const chartColors = {
  mean: '#8ab4f8',
  range: 'rgba(138, 180, 248, 0.30)',
  expected: '#56d4bc',
  band: 'rgba(86, 212, 188, 0.10)',
  bandEdge: 'rgba(86, 212, 188, 0.40)',
  axis: '#c9d1d9',
  grid: 'rgba(139, 148, 158, 0.18)',
};

/** One uPlot chart bound to a host element. */
export class SeriesChart {
  /**
   * @param host element the chart fills (its width; height given)
   * @param options { unit, height, onZoom(from, to), onReset(), onOpenFinding(finding), onReadout(text), onDrawn() }
   */
  constructor(host, options) {
    this.host = host;
    this.options = options;
    this.values = valueColumns([]);
    this.band = null;
    this.findings = [];
    this.range = { from: Date.now() - 86_400_000, to: Date.now() };
    this.waitingForDraw = false;
    const line = (label, stroke, width, dash) => ({ label, stroke, width, dash, points: { show: false }, spanGaps: false });
    const hidden = (label) => ({ label, stroke: 'transparent', width: 0, points: { show: false } });
    this.plot = new uPlot({
      width: Math.max(200, host.clientWidth),
      height: options.height,
      ms: 1,
      pxAlign: 0,
      // Fixed padding (uPlot would otherwise widen it once the first ticks are drawn), so the plot's width is known
      // before the first read and the first read asks for no more buckets than the pixels it gets.
      padding: [12, 36, 0, 4],
      legend: { show: false },
      cursor: {
        drag: { x: true, y: false, setScale: false },
        bind: { dblclick: () => () => { options.onReset(); return null; } },
        points: { show: false },
      },
      select: { show: true },
      scales: {
        x: { time: true },
        // The values decide the y range: an expected band that widens where the analyzer is unsure (at a shift)
        // is clipped rather than squeezing the values into a strip.
        y: { range: (u, low, high) => this.valueRange(low, high) },
      },
      // The band first, so the values are drawn over it.
      series: [
        {},
        { ...line('lower', chartColors.bandEdge, 1), spanGaps: true },
        { ...line('upper', chartColors.bandEdge, 1), spanGaps: true },
        { ...line(t('series.legend.expected'), chartColors.expected, 1.25, [8, 4]), spanGaps: true },
        hidden('min'),
        hidden('max'),
        line(t('series.legend.mean'), chartColors.mean, 1.5),
      ],
      bands: [
        { series: [2, 1], fill: chartColors.band },
        { series: [5, 4], fill: chartColors.range },
      ],
      axes: [
        { stroke: chartColors.axis, grid: { stroke: chartColors.grid }, ticks: { stroke: chartColors.grid }, values: timeAxisValues, space: 70 },
        {
          stroke: chartColors.axis, grid: { stroke: chartColors.grid }, ticks: { stroke: chartColors.grid },
          values: (u, splits) => splits.map(number), size: 64, label: options.unit ?? '', labelSize: 20,
        },
      ],
      plugins: [findingsLayer(() => this.findings, (finding) => options.onOpenFinding(finding))],
      hooks: {
        setSelect: [(u) => this.zoomToSelection(u)],
        setCursor: [(u) => this.readout(u)],
        draw: [() => {
          if (this.waitingForDraw && this.values.columns[0].length > 0) {
            this.waitingForDraw = false;
            options.onDrawn?.();
          }
        }],
      },
    }, [[], [], [], [], [], [], []], host);
  }

  /** The plot area's width in CSS pixels: the most buckets worth asking for. */
  get pixelWidth() {
    return Math.max(50, Math.round(this.plot.bbox.width / (window.devicePixelRatio || 1)));
  }

  /** Names the unit on the value axis and in the readout. */
  setUnit(unit) {
    this.options.unit = unit;
    this.plot.axes[1].label = unit ?? '';
    this.plot.redraw(false);
  }

  /** Shows [from, to). */
  setRange(from, to) {
    this.range = { from, to };
    this.plot.setScale('x', { min: from, max: to });
  }

  /** The values of /points for the current range. */
  setValues(buckets) {
    this.values = valueColumns(buckets);
    this.waitingForDraw = true;
    this.redraw();
  }

  /** The band of /band, or null to show none. */
  setBand(buckets) {
    this.band = buckets ? bandColumns(buckets) : null;
    this.redraw();
  }

  /** The findings to shade ({ id, startMs, endMs, severity }). */
  setFindings(findings) {
    this.findings = findings;
    this.plot.redraw(false);
  }

  /** Folds live points in and slides the range to [from, to). */
  addLive(times, points, from, to) {
    addLivePoints(this.values, times, points);
    dropBefore(this.values, from);
    this.range = { from, to };
    this.redraw();
  }

  resize() {
    this.plot.setSize({ width: Math.max(200, this.host.clientWidth), height: this.options.height });
  }

  destroy() {
    this.plot.destroy();
  }

  redraw() {
    this.plot.setData(chartTable(uPlot.join, this.values, this.band), false);
    this.plot.setScale('x', { min: this.range.from, max: this.range.to });
  }

  zoomToSelection(u) {
    if (u.select.width < 3) return;
    const from = u.posToVal(u.select.left, 'x');
    const to = u.posToVal(u.select.left + u.select.width, 'x');
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    this.options.onZoom(Math.round(from), Math.round(to));
  }

  valueRange(low, high) {
    const extent = valueExtent(this.values) ?? [low, high];
    const [a, b] = extent;
    if (a === null || b === null) return [0, 1];
    const pad = b > a ? (b - a) * 0.08 : Math.max(1, Math.abs(a) * 0.05);
    return [a - pad, b + pad];
  }

  readout(u) {
    const index = u.cursor.idx;
    if (index === null || index === undefined) return;
    const [times, lower, upper, expected, min, max, mean] = u.data;
    if (mean[index] === null || mean[index] === undefined) return;
    const unit = this.options.unit;
    let text = t('series.readout', {
      time: dateTime(times[index], true), mean: quantity(mean[index], unit), min: number(min[index]), max: number(max[index]),
    });
    if (Number.isFinite(expected[index])) {
      text += ` · ${t('series.readoutBand', { expected: quantity(expected[index], unit), lower: number(lower[index]), upper: number(upper[index]) })}`;
    }
    this.options.onReadout?.(text);
  }
}
