// Times, durations and numbers for people: in the browser's time zone and the page's language (Intl).
import { locale, t } from './i18n.js';

const cache = new Map();

function formatter(kind, options) {
  const key = `${locale()}|${kind}`;
  let value = cache.get(key);
  if (!value) {
    value = kind.startsWith('n:') ? new Intl.NumberFormat(locale(), options) : new Intl.DateTimeFormat(locale(), options);
    cache.set(key, value);
  }
  return value;
}

/** The browser's IANA time zone, e.g. Asia/Seoul; sent to the server so narratives use the same clock. */
export function timeZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Accepts Unix milliseconds, an ISO 8601 string or a Date; returns milliseconds. */
export function toMs(value) {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return Date.parse(value);
}

/** A moment: "20 Nov, 09:12:30" / "11월 20일 09:12:30" (seconds only when asked). */
export function dateTime(value, seconds = false) {
  const options = { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (seconds) options.second = '2-digit';
  return formatter(seconds ? 'dts' : 'dt', options).format(toMs(value));
}

/** A moment with the year, for ranges that may span one. */
export function fullDateTime(value) {
  return formatter('fdt', { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    .format(toMs(value));
}

/** The time of day: "09:12". */
export function clock(value, seconds = false) {
  const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  if (seconds) options.second = '2-digit';
  return formatter(seconds ? 'cs' : 'c', options).format(toMs(value));
}

/** A day: "20 Nov" / "11월 20일". */
export function day(value) {
  return formatter('d', { month: 'short', day: 'numeric' }).format(toMs(value));
}

/** A duration in its two largest units: "2 h 48 min" / "2시간 48분". */
export function duration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 1000) return t('duration.ms', { n: Math.round(ms) });
  const units = [['d', 86_400_000], ['h', 3_600_000], ['min', 60_000], ['s', 1000]];
  const rounded = Math.round(ms / 1000) * 1000;
  const first = units.findIndex(([, size]) => rounded >= size);
  const [unit, size] = units[first];
  const parts = [t(`duration.${unit}`, { n: Math.floor(rounded / size) })];
  const next = units[first + 1];
  if (next) {
    const n = Math.floor((rounded % size) / next[1]);
    if (n > 0) parts.push(t(`duration.${next[0]}`, { n }));
  }
  return parts.join(' ');
}

/** A value at a resolution that suits its size: 61.23, 1,235, 0.0123. */
export function number(value) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const magnitude = Math.abs(value);
  const digits = magnitude >= 1000 ? 0 : magnitude >= 100 ? 1 : magnitude >= 1 ? 2 : 3;
  const options = magnitude > 0 && magnitude < 0.01
    ? { maximumSignificantDigits: 3 }
    : { maximumFractionDigits: digits, minimumFractionDigits: 0 };
  return formatter(`n:${JSON.stringify(options)}`, options).format(value);
}

/** A value with its unit: "61.23 °C". */
export function quantity(value, unit) {
  const text = number(value);
  return unit && text !== '—' ? `${text} ${unit}` : text;
}

/** A severity 0..1 as the API gives it, shown with two decimals. */
export function severityNumber(value) {
  return formatter('n:sev', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
