// The three reads behind a series chart, started together: values at one bucket per pixel, the expected band on
// the same buckets, and the findings of the range (with narratives in the page's language).
import { get } from '../api.js';
import { toMs } from '../format.js';

/** Starts the reads (band and findings unless turned off); each is a promise, so a view shows each part as it arrives. */
export function requestChart(seriesId, from, to, maxPoints, signal, { band = true, findings = true } = {}) {
  return {
    values: get(`/series/${seriesId}/points`, { from, to, maxPoints }, { signal }),
    band: band ? get(`/series/${seriesId}/band`, { from, to, maxPoints }, { signal }) : Promise.resolve(null),
    findings: findings ? get('/findings', { series: seriesId, from, to, limit: 1000 }, { signal, narrative: true }) : Promise.resolve([]),
  };
}

/** Findings as the chart shades them. */
export function shadedFindings(findings) {
  return findings.map((f) => ({ id: f.id, startMs: toMs(f.start), endMs: toMs(f.end), severity: f.severity }));
}
