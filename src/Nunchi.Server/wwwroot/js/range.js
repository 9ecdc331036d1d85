// The time range a view shows: a preset relative to now (1 h, 6 h, 24 h, 7 d; the default is 24 h) or a custom
// [from, to) in Unix milliseconds. It lives in the address: ?range=6h or ?from=…&to=….

export const presets = { '1h': 3_600_000, '6h': 21_600_000, '24h': 86_400_000, '7d': 604_800_000 };
export const defaultPreset = '24h';

/** Reads the range from route parameters. */
export function readRange(params) {
  const from = Number(params.get('from'));
  const to = Number(params.get('to'));
  if (Number.isFinite(from) && Number.isFinite(to) && params.has('from') && params.has('to') && to > from) {
    return { from, to };
  }
  const preset = params.get('range');
  return { preset: preset in presets ? preset : defaultPreset };
}

/** The range as route parameters. */
export function rangeParams(range) {
  return range.preset ? { range: range.preset } : { from: Math.round(range.from), to: Math.round(range.to) };
}

/**
 * The concrete [from, to) of a range. A preset ends at now rounded up to a whole step of its span / 1000, so that
 * requests made a moment apart ask for the same buckets.
 */
export function resolveRange(range, now = Date.now()) {
  if (!range.preset) return { from: range.from, to: range.to };
  const span = presets[range.preset];
  const step = Math.max(1000, Math.round(span / 1000));
  const to = Math.ceil(now / step) * step;
  return { from: to - span, to };
}

/** True when the range follows the present (a preset), so live points extend it. */
export function isLive(range) {
  return Boolean(range.preset);
}
