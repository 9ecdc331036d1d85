// A chart of a fixed range inside another view (around a finding, under an answer): zooming opens the series view
// on the chosen range, clicking a shaded finding opens that finding.
import { navigate } from '../router.js';
import { requestChart, shadedFindings } from './chart-requests.js';
import { SeriesChart } from './series-chart.js';
import { failure } from './status.js';

/**
 * Draws series seriesId over [from, to) into host. band: also the expected band; findings: the findings to shade
 * (null reads the series' own findings of the range).
 */
export function fixedRangeChart(host, { seriesId, unit, from, to, height, signal, band = true, findings = null }) {
  const chart = new SeriesChart(host, {
    unit,
    height,
    onZoom: (a, b) => navigate(`/series/${seriesId}`, { from: a, to: b }),
    onReset: () => {},
    onOpenFinding: (f) => navigate(`/finding/${f.id}`),
  });
  signal.addEventListener('abort', () => chart.destroy());
  chart.setRange(from, to);
  const reads = requestChart(seriesId, from, to, chart.pixelWidth, signal, { band, findings: findings === null });
  reads.values.then((answer) => chart.setValues(answer.points)).catch((error) => {
    if (error.name !== 'AbortError') host.after(failure(error));
  });
  if (band) reads.band.then((answer) => chart.setBand(answer.mode === 'counter' ? null : answer.points)).catch(() => chart.setBand(null));
  if (findings) chart.setFindings(shadedFindings(findings));
  else reads.findings.then((list) => chart.setFindings(shadedFindings(list))).catch(() => {});
  return chart;
}
