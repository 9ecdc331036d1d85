// The frame around every view: header (brand, navigation, ask box, range picker, live state, language switch),
// the main area the router fills, and the footer with the time zone in use.
import { h } from './dom.js';
import { lang, setLang, t } from './i18n.js';
import { timeZone } from './format.js';
import { currentRoute, navigate, onRoute } from './router.js';
import { onLiveState } from './live.js';
import { rangePicker } from './range-picker.js';

const viewsWithRange = new Set(['overview', 'series']);
let header;
let footer;
let main;
let rangeSlot;
let unsubscribeLive = () => {};

/** Builds the frame into body and returns the main element. */
export function createShell(body) {
  header = h('header', { class: 'top' });
  main = h('main', { id: 'main', tabindex: '-1' });
  footer = h('footer', { class: 'bottom' });
  body.replaceChildren(header, main, footer);
  onRoute(updateRange);
  return main;
}

/** Fills header and footer in the current language. */
export function renderShell() {
  const askInput = h('input', { id: 'ask-input', type: 'search', name: 'q', placeholder: t('ask.placeholder'), autocomplete: 'off' });
  const route = currentRoute();
  if (route?.name === 'ask') askInput.value = route.params.get('q') ?? '';
  const liveState = h('span', { class: 'live-state', role: 'status' });
  unsubscribeLive();
  unsubscribeLive = onLiveState((state) => {
    liveState.dataset.state = state;
    liveState.replaceChildren(h('span', { class: 'live-dot', 'aria-hidden': 'true' }, state === 'on' ? '●' : state === 'off' ? '✕' : '○'), ' ',
      t(`live.${state}`));
  });
  rangeSlot = h('div', { class: 'range-slot' });
  header.replaceChildren(
    h('button', { type: 'button', class: 'skip', onclick: () => main.focus() }, t('nav.skip')),
    h('a', { class: 'brand', href: '#/' }, h('span', { lang: 'ko', class: 'brand-ko' }, '눈치'), ' ', h('span', { lang: 'en' }, 'Nunchi')),
    h('nav', { 'aria-label': t('nav.main') }, h('a', { href: '#/', class: 'nav-link' }, t('nav.overview'))),
    h('form', {
      class: 'ask-box',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault();
        const q = askInput.value.trim();
        if (q) navigate('/ask', { q });
      },
    }, h('label', { for: 'ask-input', class: 'visually-hidden' }, t('ask.label')), askInput, h('button', { type: 'submit' }, t('ask.submit'))),
    rangeSlot,
    liveState,
    h('button', {
      type: 'button',
      class: 'lang-switch',
      lang: lang() === 'ko' ? 'en' : 'ko',
      'aria-label': t('lang.switch'),
      onclick: () => setLang(lang() === 'ko' ? 'en' : 'ko'),
    }, t('lang.other')));
  footer.replaceChildren(h('p', null, t('footer.zone', { zone: timeZone() })));
  if (route) updateRange(route);
}

function updateRange(route) {
  if (!rangeSlot) return;
  rangeSlot.replaceChildren(viewsWithRange.has(route.name) ? rangePicker(route) : '');
}
