// What a view shows while it loads or when it could not: a polite status line, or the server's one-line reason with
// a retry button.
import { h } from '../dom.js';
import { t } from '../i18n.js';

/** "Loading…" as a live status. */
export function loading() {
  return h('p', { class: 'loading', role: 'status' }, t('status.loading'));
}

/** The error's message (never a stack trace) and, when given, a button that tries again. */
export function failure(error, retry) {
  return h('div', { class: 'failure', role: 'alert' },
    h('p', null, t('error.generic', { detail: error.message })),
    retry ? h('button', { type: 'button', onclick: retry }, t('error.retry')) : null);
}

/** Sets the document title for a view. */
export function setTitle(view) {
  document.title = t('app.title', { view });
}
