// One server-sent events connection to /api/v1/live for the whole page: findings as they are stored, and the new
// points of the series a view follows. Views subscribe; the connection is made again when what is followed or the
// language changes, and after an error with a growing pause.
import { apiUrl } from './api.js';
import { token } from './token.js';

const listeners = { finding: new Set(), points: new Set(), state: new Set() };
let source = null;
let followed = [];
let state = 'connecting';
let retryMs = 1000;
let retryTimer = 0;

/** Opens the connection. */
export function startLive() {
  connect();
}

/** Connects again (after a language switch, so narratives come in the new language). */
export function reconnectLive() {
  connect();
}

/** Follows the points of these series until the returned function is called. */
export function followSeries(ids) {
  followed = [...ids];
  connect();
  return () => {
    followed = [];
    connect();
  };
}

/** Calls listener with each new or changed finding; returns the unsubscribe function. */
export function onFinding(listener) {
  return subscribe('finding', listener);
}

/** Calls listener with { seriesId, t: [ms], v: [values] }; returns the unsubscribe function. */
export function onPoints(listener) {
  return subscribe('points', listener);
}

/** Calls listener with 'connecting', 'on' or 'off' now and at every change. */
export function onLiveState(listener) {
  listener(state);
  return subscribe('state', listener);
}

function subscribe(kind, listener) {
  listeners[kind].add(listener);
  return () => listeners[kind].delete(listener);
}

function setState(value) {
  if (value === state) return;
  state = value;
  for (const listener of listeners.state) listener(value);
}

function connect() {
  clearTimeout(retryTimer);
  source?.close();
  setState('connecting');
  // EventSource cannot send headers: the token goes as p=, which the server accepts like InfluxDB's v1 clients.
  source = new EventSource(apiUrl('/live', { series: followed, p: token() }, true));
  source.addEventListener('open', () => {
    retryMs = 1000;
    setState('on');
  });
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) {
      // Refused (not a dropped connection, which EventSource retries by itself): try again later.
      setState('off');
      retryTimer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 30_000);
    } else {
      setState('connecting');
    }
  });
  source.addEventListener('finding', (event) => dispatch('finding', event.data));
  source.addEventListener('points', (event) => dispatch('points', event.data));
}

function dispatch(kind, data) {
  let value;
  try {
    value = JSON.parse(data);
  } catch {
    return;
  }
  for (const listener of listeners[kind]) listener(value);
}
