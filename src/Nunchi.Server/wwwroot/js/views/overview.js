// The overview: every series as a row, most severe first, with a sparkline and an anomaly strip over the range;
// a filter box (machine, line, field or any tag), sorting, arrow-key navigation, and live refresh.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { get } from '../api.js';
import { replaceParams } from '../router.js';
import { readRange, resolveRange, rangeParams, isLive } from '../range.js';
import { onFinding } from '../live.js';
import { severityLegend } from '../severity.js';
import { overviewRow } from './overview-row.js';
import { drawSparkline } from './sparkline.js';
import { failure, loading, setTitle } from './status.js';

const buckets = 160;
const canvasHeight = 40;

/** Renders the overview into container. */
export function overviewView({ container, route, signal }) {
  setTitle(t('overview.title'));
  const range = readRange(route.params);
  const state = { rows: [], byElement: new Map(), byCanvas: new Map(), filter: route.params.get('q') ?? '', sort: route.params.get('sort') === 'name' ? 'name' : 'severity' };
  const filterInput = h('input', {
    id: 'filter', type: 'search', value: state.filter, list: 'filter-suggestions', autocomplete: 'off',
    'aria-describedby': 'filter-hint',
  });
  const suggestions = h('datalist', { id: 'filter-suggestions' });
  const sortSelect = h('select', { id: 'sort' },
    h('option', { value: 'severity', selected: state.sort === 'severity' }, t('overview.sort.severity')),
    h('option', { value: 'name', selected: state.sort === 'name' }, t('overview.sort.name')));
  const count = h('p', { class: 'count', role: 'status' });
  const list = h('ol', { class: 'rows', 'aria-labelledby': 'overview-title' });
  const body = h('div', { class: 'overview-body' }, loading());
  container.append(
    h('div', { class: 'view-head' },
      h('h1', { id: 'overview-title', tabindex: '-1' }, t('overview.title')),
      severityLegend()),
    h('div', { class: 'toolbar' },
      h('div', { class: 'field' }, h('label', { for: 'filter' }, t('overview.filter')), filterInput, suggestions,
        h('span', { id: 'filter-hint', class: 'hint' }, t('overview.filterHint'))),
      h('div', { class: 'field' }, h('label', { for: 'sort' }, t('overview.sort')), sortSelect),
      count),
    body);

  const params = () => ({ ...rangeParams(range), q: state.filter || null, sort: state.sort === 'name' ? 'name' : null });
  let filterTimer = 0;
  filterInput.addEventListener('input', () => {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => {
      state.filter = filterInput.value;
      replaceParams(params());
      applyFilter();
    }, 80);
  });
  sortSelect.addEventListener('change', () => {
    state.sort = sortSelect.value;
    replaceParams(params());
    order();
  });
  list.addEventListener('keydown', (event) => moveFocus(event));
  document.addEventListener('keydown', focusFilterOnSlash, { signal });

  async function load(firstTime) {
    const { from, to } = resolveRange(range);
    try {
      const data = await get('/overview', { from, to, buckets }, { signal, narrative: true });
      if (firstTime) performance.mark('nunchi:overview:fetched');
      show(data, firstTime);
    } catch (error) {
      if (error.name === 'AbortError') return;
      if (firstTime) body.replaceChildren(failure(error, () => { body.replaceChildren(loading()); load(true); }));
    }
  }

  function show(data, firstTime) {
    const focusedId = document.activeElement?.closest?.('a.row')?.dataset.id;
    const rowParams = rangeParams(range);
    state.rows = data.series.map((entry) => overviewRow(entry, rowParams));
    state.byElement = new Map(state.rows.map((row) => [row.element, row]));
    state.byCanvas = new Map(state.rows.map((row) => [row.canvas, row]));
    fillSuggestions(data.series.map((entry) => entry.series));
    if (state.rows.length === 0) {
      body.replaceChildren(h('p', { class: 'empty' }, t('overview.empty')));
      count.textContent = '';
      return;
    }
    body.replaceChildren(columnHeads(), list);
    order();
    if (firstTime) {
      performance.mark('nunchi:overview:rows');
      afterPaint = () => {
        performance.mark('nunchi:overview:drawn');
        container.dataset.ready = 'overview';
      };
    }
    draw();
    const again = focusedId && state.rows.find((row) => row.link.dataset.id === focusedId);
    if (again) again.link.focus({ preventScroll: true });
  }

  function columnHeads() {
    // The rows are links that read out in full; the heads label the columns for sighted readers only.
    return h('div', { class: 'row row-head', 'aria-hidden': 'true' },
      ['col.severity', 'col.series', 'col.trend', 'col.last', 'col.finding'].map((key) => h('span', { class: 'cell' }, t(key))));
  }

  function order() {
    const rows = state.sort === 'name'
      ? [...state.rows].sort((a, b) => a.entry.series.name.localeCompare(b.entry.series.name))
      : state.rows;
    list.replaceChildren(...rows.map((row) => row.element));
    applyFilter();
  }

  function applyFilter() {
    const terms = state.filter.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    let first = null;
    for (const row of list.children) {
      const entry = state.byElement.get(row);
      const visible = terms.every((term) => entry.text.includes(term));
      row.hidden = !visible;
      entry.link.tabIndex = -1;
      if (visible) {
        shown++;
        first ??= entry.link;
      }
    }
    if (first) first.tabIndex = 0;
    count.textContent = shown === 0 && state.rows.length > 0 ? t('overview.noMatch') : t('overview.count', { shown, total: state.rows.length });
  }

  // Canvases are drawn as they come into view (and a screen ahead), not all at once: the first screen of 1,000 rows
  // shows at once instead of after 1,000 canvas backing stores were made; the rest are drawn while scrolling.
  let afterPaint = null;
  const painter = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const row = state.byCanvas.get(entry.target);
      if (row) drawSparkline(row.canvas, row.entry.spark, row.entry.strip, entry.boundingClientRect.width, canvasHeight);
      painter.unobserve(entry.target);
    }
    afterPaint?.();
    afterPaint = null;
  }, { rootMargin: '600px 0px' });

  function draw() {
    painter.disconnect();
    for (const row of state.rows) painter.observe(row.canvas);
  }

  function fillSuggestions(series) {
    const values = new Set();
    for (const s of series) {
      values.add(`field:${s.field}`);
      for (const [key, value] of Object.entries(s.tags)) values.add(`${key}:${value}`);
    }
    suggestions.replaceChildren(...[...values].sort().slice(0, 500).map((value) => h('option', { value })));
  }

  function moveFocus(event) {
    const links = [...list.querySelectorAll('li:not([hidden]) a.row')];
    const index = links.indexOf(document.activeElement);
    if (index < 0) return;
    const page = Math.max(1, Math.floor(list.clientHeight / (links[0].offsetHeight || 48)) - 1);
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: links.length - 1, PageDown: index + page, PageUp: index - page }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = links[Math.max(0, Math.min(links.length - 1, target))];
    links[index].tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  }

  function focusFilterOnSlash(event) {
    if (event.key === '/' && !/^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement?.tagName)) {
      event.preventDefault();
      filterInput.focus();
    }
  }

  let listWidth = 0;
  const resize = new ResizeObserver(([entry]) => {
    if (Math.round(entry.contentRect.width) === listWidth) return;
    listWidth = Math.round(entry.contentRect.width);
    draw();
  });
  resize.observe(list);
  signal.addEventListener('abort', () => {
    resize.disconnect();
    painter.disconnect();
  });

  // Live: a new finding re-reads the overview soon (findings come in bursts); a preset range also slides every minute.
  let refreshTimer = 0;
  const refreshSoon = () => {
    clearTimeout(refreshTimer);
    refreshTimer = setTimeout(() => load(false), 3000);
  };
  const stopFindings = onFinding(refreshSoon);
  const slide = isLive(range) ? setInterval(() => load(false), 60_000) : 0;
  signal.addEventListener('abort', () => {
    stopFindings();
    clearInterval(slide);
    clearTimeout(refreshTimer);
    clearTimeout(filterTimer);
  });

  load(true);
}
