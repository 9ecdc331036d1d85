// The API token, when the server asks for one: taken once from the address (#token=…) or from the token dialog,
// and kept in sessionStorage, so it lives as long as the tab and never lands in the history or a bookmark.

const storageKey = 'nunchi.token';

/** Moves a token given in the address (#token=… or …&token=…) into the tab's storage and out of the address. */
export function takeTokenFromAddress() {
  const match = location.hash.match(/(^#|[?&])token=([^&]*)/);
  if (!match) return;
  sessionStorage.setItem(storageKey, decodeURIComponent(match[2]));
  const rest = location.hash.replace(/[?&#]?token=[^&]*/, '').replace(/^([^?]*)&/, '$1?');
  history.replaceState(null, '', `${location.pathname}${location.search}${rest.startsWith('#') ? rest : `#${rest}`}`);
}

/** The stored token, or null. */
export function token() {
  return sessionStorage.getItem(storageKey);
}

/** Stores a token (an empty one clears it). */
export function setToken(value) {
  if (value) sessionStorage.setItem(storageKey, value);
  else sessionStorage.removeItem(storageKey);
}
