// Asks for the API token when the server answers 401 (a server listening off loopback requires one).
import { h } from './dom.js';
import { t } from './i18n.js';
import { setToken } from './token.js';

let pending = null;

/** Shows the token dialog (once, however many calls wait) and resolves when a token was entered. */
export function askForToken(message) {
  if (pending) return pending;
  pending = new Promise((resolve) => {
    const input = h('input', { id: 'token-input', type: 'password', autocomplete: 'off', required: true });
    const dialog = h('dialog', { class: 'token-dialog', 'aria-labelledby': 'token-title' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'token-title' }, t('token.title')),
        h('p', null, t('token.explain')),
        message ? h('p', { class: 'form-error', role: 'alert' }, message) : null,
        h('label', { for: 'token-input' }, t('token.label')), ' ', input, ' ',
        h('button', { type: 'submit' }, t('token.submit'))));
    dialog.addEventListener('close', () => {
      setToken(input.value.trim());
      dialog.remove();
      pending = null;
      resolve();
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
  return pending;
}
