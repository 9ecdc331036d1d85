// The client of /api/v1: JSON in and out, the token when there is one, the page's language and time zone for
// narratives, and errors as ApiError with the server's one-line reason.
import { lang, t } from './i18n.js';
import { timeZone } from './format.js';
import { token } from './token.js';

/** A failed call: status 0 when the server could not be reached. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let tokenNeeded = null;
let zoneRefused = false;

/** Sets what to do when the server answers 401: a function that resolves once the user gave a token. */
export function onTokenNeeded(handler) {
  tokenNeeded = handler;
}

/** The address of an API call; arrays become repeated parameters, null and undefined are left out. */
export function apiUrl(path, params = {}, narrative = false) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) query.append(name, String(item));
  }
  if (narrative) {
    query.set('lang', lang());
    if (!zoneRefused) query.set('tz', timeZone());
  }
  const text = query.toString();
  return `/api/v1${path}${text ? `?${text}` : ''}`;
}

/** GET path with params; narrative adds lang and tz. */
export function get(path, params, { signal, narrative = false } = {}) {
  return call('GET', path, params, undefined, signal, narrative);
}

/** POST a JSON body. */
export function post(path, body, { narrative = false } = {}) {
  return call('POST', path, {}, body, undefined, narrative);
}

async function call(method, path, params, body, signal, narrative, attempts = 0) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const stored = token();
  if (stored) headers.Authorization = `Bearer ${stored}`;
  let response;
  try {
    response = await fetch(apiUrl(path, params, narrative), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, t('error.network'));
  }
  if (response.ok) return response.json();
  const problem = await response.json().catch(() => ({}));
  const detail = problem.detail || problem.title || `${response.status} ${response.statusText}`;
  if (response.status === 401 && tokenNeeded && attempts < 3) {
    await tokenNeeded(stored ? t('token.rejected') : null);
    return call(method, path, params, body, signal, narrative, attempts + 1);
  }
  if (response.status === 400 && narrative && !zoneRefused && /^tz '/.test(detail)) {
    // The server's time zone database lacks the browser's zone: narratives fall back to UTC, the page still
    // shows every time it formats itself in the browser's zone.
    zoneRefused = true;
    return call(method, path, params, body, signal, narrative, attempts);
  }
  throw new ApiError(response.status, detail);
}
