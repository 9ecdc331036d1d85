// The time range picker in the header: 1 h, 6 h, 24 h, 7 d and a custom range in local time.
import { h } from './dom.js';
import { t } from './i18n.js';
import { navigate } from './router.js';
import { presets, readRange, rangeParams, resolveRange } from './range.js';

/** The picker for the route's range; choosing one navigates to the same view with the new range. */
export function rangePicker(route) {
  const range = readRange(route.params);
  const go = (next) => {
    const params = Object.fromEntries(route.params);
    delete params.range;
    delete params.from;
    delete params.to;
    navigate(route.path, { ...params, ...rangeParams(next) });
  };
  const buttons = Object.keys(presets).map((preset) =>
    h('button', { type: 'button', class: 'chip', 'aria-pressed': String(range.preset === preset), onclick: () => go({ preset }) },
      t(`range.${preset}`)));
  const shown = resolveRange(range);
  const from = h('input', { type: 'datetime-local', id: 'range-from', value: localInput(shown.from), required: true });
  const to = h('input', { type: 'datetime-local', id: 'range-to', value: localInput(shown.to), required: true });
  const error = h('p', { class: 'form-error', role: 'alert' });
  const custom = h('details', { class: 'custom-range' },
    h('summary', { class: 'chip', 'aria-pressed': String(!range.preset) }, t('range.custom')),
    h('form', {
      class: 'custom-form',
      onsubmit: (event) => {
        event.preventDefault();
        const fromMs = new Date(from.value).getTime();
        const toMs = new Date(to.value).getTime();
        if (!(toMs > fromMs)) {
          error.textContent = t('range.invalid');
          return;
        }
        go({ from: fromMs, to: toMs });
      },
    },
    h('label', { for: 'range-from' }, t('range.from')), from,
    h('label', { for: 'range-to' }, t('range.to')), to,
    h('button', { type: 'submit' }, t('range.apply')), error));
  return h('div', { class: 'range-picker', role: 'group', 'aria-label': t('range.label') }, buttons, custom);
}

/** Milliseconds as the value of a datetime-local input, in the browser's time zone. */
function localInput(ms) {
  const date = new Date(ms);
  return new Date(ms - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}
