// The columns uPlot draws, built from /points and /band answers, and grown by live points without a reload.
// Columns: [t, min, max, mean] for values and [t, lower, upper, expected] for the band; null marks a gap.

/**
 * The typical step between buckets (the bucket width, or the cadence when the server sent one bucket per point):
 * the median step, robust to gaps.
 */
function typicalStep(times) {
  if (times.length < 2) return 0;
  const steps = [];
  for (let i = 1; i < times.length; i++) steps.push(times[i] - times[i - 1]);
  steps.sort((a, b) => a - b);
  return steps[steps.length >> 1];
}

/** Values as columns, with a null after any silence longer than three steps, so missing data shows as a gap. */
export function valueColumns(buckets) {
  const columns = [[], [], [], []];
  const step = typicalStep(buckets.map((b) => b.t));
  let previous = null;
  for (const bucket of buckets) {
    if (previous !== null && step > 0 && bucket.t - previous > 3 * step) push(columns, [previous + step, null, null, null]);
    push(columns, [bucket.t, bucket.min, bucket.max, bucket.mean]);
    previous = bucket.t;
  }
  return { columns, counts: buckets.map((b) => b.count), step };
}

/** The expected band as columns. */
export function bandColumns(buckets) {
  const columns = [[], [], [], []];
  for (const bucket of buckets) push(columns, [bucket.t, bucket.lower, bucket.upper, bucket.expected]);
  return columns;
}

/**
 * Folds live points into the value columns: into the last bucket while they fall inside it (min, max and a
 * count-weighted mean), else into new buckets on the same grid. Points older than the last bucket are ignored (the
 * chart is re-read on the next range change anyway).
 */
export function addLivePoints(values, times, points) {
  const [t, min, max, mean] = values.columns;
  const step = values.step || 10_000;
  for (let i = 0; i < times.length; i++) {
    const time = times[i];
    const value = points[i];
    const last = t.length - 1;
    if (last >= 0 && time < t[last]) continue;
    if (last >= 0 && time < t[last] + step && mean[last] !== null) {
      const count = values.counts[last] ?? 1;
      min[last] = Math.min(min[last], value);
      max[last] = Math.max(max[last], value);
      mean[last] = (mean[last] * count + value) / (count + 1);
      values.counts[last] = count + 1;
    } else {
      const start = last >= 0 ? t[last] + Math.floor((time - t[last]) / step) * step : time;
      push(values.columns, [start, value, value, value]);
      values.counts.push(1);
    }
  }
}

/** Drops buckets that start before from (a live chart sliding along). */
export function dropBefore(values, from) {
  let cut = 0;
  while (cut < values.columns[0].length && values.columns[0][cut] < from) cut++;
  if (cut === 0) return;
  for (const column of values.columns) column.splice(0, cut);
  values.counts.splice(0, cut);
}

/**
 * The table uPlot draws: band and values on one time axis, [t, lower, upper, expected, min, max, mean] (the band
 * first so the values are drawn over it). uPlot.join marks what one side lacks as undefined, which lines span.
 */
export function chartTable(join, values, band) {
  if (!band || band[0].length === 0) {
    const empty = values.columns[0].map(() => null);
    return [values.columns[0], empty, empty, empty, ...values.columns.slice(1)];
  }
  return join([band, values.columns]);
}

/** The lowest and highest value among the value columns (the y range follows the data, not the band). */
export function valueExtent(values) {
  let low = Infinity;
  let high = -Infinity;
  const [, min, max] = values.columns;
  for (let i = 0; i < min.length; i++) {
    if (min[i] !== null && min[i] < low) low = min[i];
    if (max[i] !== null && max[i] > high) high = max[i];
  }
  return low === Infinity ? null : [low, high];
}

function push(columns, row) {
  for (let i = 0; i < columns.length; i++) columns[i].push(row[i]);
}
