// The series view: the chart (values, expected band, findings), zoom and pan that re-read the range at one bucket
// per pixel, live points while the range follows now, and the findings of the range.
import { append, clear, h } from '../dom.js';
import { t } from '../i18n.js';
import { get } from '../api.js';
import { duration, number, toMs } from '../format.js';
import { href, navigate, replaceParams } from '../router.js';
import { defaultPreset, isLive, presets, rangeParams, readRange, resolveRange } from '../range.js';
import { followSeries, onFinding, onPoints } from '../live.js';
import { chartLegend } from './chart-legend.js';
import { findingsList } from './findings-list.js';
import { SeriesChart } from './series-chart.js';
import { requestChart, shadedFindings } from './chart-requests.js';
import { failure, loading, setTitle } from './status.js';
import { primaryName, secondaryName } from '../names.js';

/** Renders the series of route.args[0]. */
export function seriesView({ container, route, signal }) {
  const id = Number(route.args[0]);
  let range = readRange(route.params);
  // The preset the user zoomed in from: "back to range" returns to it, and the overview link keeps it.
  const base = route.params.get('base') in presets ? route.params.get('base') : range.preset ?? null;
  const title = h('h1', { tabindex: '-1' }, t('status.loading'));
  const meta = h('p', { class: 'meta' });
  const resolution = h('p', { class: 'resolution' });
  const bandNote = h('p', { class: 'band-note', role: 'status' });
  const liveNote = h('p', { class: 'live-note' });
  const readout = h('p', { id: 'readout', class: 'readout' }, '\u00a0');
  const chartHost = h('div', { class: 'chart-host' });
  const chartBox = h('div', {
    class: 'chart-box', tabindex: '0', role: 'group', 'aria-describedby': 'readout chart-hint',
  }, chartHost);
  const findingsSlot = h('div', { class: 'findings-slot' }, loading());
  const button = (key, action) => h('button', { type: 'button', onclick: action }, t(key));
  container.append(
    h('nav', { class: 'crumbs' }, h('a', { href: href('/', rangeParams({ preset: base ?? defaultPreset })) }, '← ', t('series.back'))),
    title, meta,
    h('div', { class: 'chart-tools', role: 'toolbar', 'aria-label': t('series.controls') },
      button('series.zoomIn', () => zoom(0.5)), button('series.zoomOut', () => zoom(2)),
      button('series.earlier', () => pan(-0.5)), button('series.later', () => pan(0.5)),
      button('series.reset', () => reset()), liveNote),
    chartBox, readout,
    h('p', { id: 'chart-hint', class: 'hint' }, t('series.hint')),
    resolution, bandNote, chartLegend(),
    h('h2', null, t('series.findings')), findingsSlot);

  const height = window.innerWidth < 600 ? 260 : Math.max(280, Math.min(420, window.innerHeight - 380));
  const chart = new SeriesChart(chartHost, {
    unit: null,
    height,
    onZoom: (from, to) => setRange({ from, to }),
    onReset: () => reset(),
    onOpenFinding: (finding) => navigate(`/finding/${finding.id}`),
    onReadout: (text) => { readout.textContent = text; },
    onDrawn: () => {
      performance.mark('nunchi:series:drawn');
      container.dataset.ready = 'series';
    },
  });
  let findings = [];
  let loadController = null;

  chartBox.addEventListener('keydown', (event) => {
    const actions = { ArrowLeft: () => pan(-0.25), ArrowRight: () => pan(0.25), '+': () => zoom(0.5), '=': () => zoom(0.5), '-': () => zoom(2), 0: () => reset() };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  });

  function setRange(next) {
    range = next;
    replaceParams({ ...rangeParams(range), base: next.preset ? null : base });
    follow();
    load();
  }

  function zoom(factor) {
    const { from, to } = resolveRange(range);
    const centre = (from + to) / 2;
    const half = ((to - from) * factor) / 2;
    setRange({ from: Math.round(centre - half), to: Math.round(centre + half) });
  }

  function pan(fraction) {
    const { from, to } = resolveRange(range);
    const shift = Math.round((to - from) * fraction);
    setRange({ from: from + shift, to: to + shift });
  }

  function reset() {
    setRange({ preset: base ?? defaultPreset });
  }

  async function load() {
    loadController?.abort();
    loadController = new AbortController();
    const own = loadController.signal;
    const { from, to } = resolveRange(range);
    chart.setRange(from, to);
    const maxPoints = chart.pixelWidth;
    bandNote.textContent = t('series.bandLoading');
    const { values, band, findings: found } = requestChart(id, from, to, maxPoints, AbortSignal.any([signal, own]));
    try {
      const answer = await values;
      chart.setValues(answer.points);
      const points = answer.points.reduce((sum, bucket) => sum + bucket.count, 0);
      resolution.textContent = answer.points.length === 0
        ? t('series.noData')
        : `${t('series.resolution', { points: number(points), buckets: number(maxPoints) })} · ${t('series.bucket', { span: duration(Math.ceil((to - from) / maxPoints)) })}`;
    } catch (error) {
      if (error.name !== 'AbortError') resolution.replaceChildren(failure(error, load));
    }
    try {
      showFindings(await found);
    } catch (error) {
      if (error.name !== 'AbortError') findingsSlot.replaceChildren(failure(error, load));
    }
    try {
      const answer = await band;
      if (answer.mode === 'counter') {
        chart.setBand(null);
        bandNote.textContent = t('series.counterBand');
      } else {
        chart.setBand(answer.points);
        bandNote.textContent = '';
      }
      performance.mark('nunchi:series:band');
      container.dataset.band = 'ready';
    } catch (error) {
      if (error.name === 'AbortError') return;
      chart.setBand(null);
      bandNote.textContent = t('series.bandUnavailable', { detail: error.message });
    }
  }

  function showFindings(list) {
    findings = list;
    chart.setFindings(shadedFindings(findings));
    findingsSlot.replaceChildren(findingsList(findings));
  }

  // Live: points of this series extend the chart while the range follows now; its findings update the list.
  let stopFollowing = () => {};
  function follow() {
    stopFollowing();
    stopFollowing = () => {};
    if (isLive(range)) {
      stopFollowing = followSeries([id]);
      liveNote.textContent = t('series.following');
    } else {
      liveNote.textContent = base ? t('series.paused') : '';
    }
  }
  const stopPoints = onPoints((batch) => {
    if (batch.seriesId !== id || !isLive(range)) return;
    const { from, to } = resolveRange(range);
    chart.addLive(batch.t, batch.v, from, to);
    container.dataset.live = String(Number(container.dataset.live ?? 0) + batch.t.length);
  });
  const stopFindings = onFinding((finding) => {
    if (finding.seriesId !== id) return;
    const { from, to } = resolveRange(range);
    if (toMs(finding.end) < from || toMs(finding.start) >= to) return;
    showFindings([finding, ...findings.filter((f) => f.id !== finding.id)]);
  });
  const resize = new ResizeObserver(() => chart.resize());
  resize.observe(chartBox);
  signal.addEventListener('abort', () => {
    stopFollowing();
    stopPoints();
    stopFindings();
    resize.disconnect();
    loadController?.abort();
    chart.destroy();
  });

  get(`/series/${id}`, {}, { signal }).then((series) => {
    const name = primaryName(series.name, series.koreanName);
    setTitle(name);
    append(clear(title), [name, ' ', secondaryName(series.name, series.koreanName)]);
    chartBox.setAttribute('aria-label', t('series.chart', { name }));
    chart.setUnit(series.unit);
    const tags = Object.entries(series.tags).map(([key, value]) => `${key}=${value}`).join(', ');
    meta.replaceChildren(
      h('span', null, t('series.unit'), ': ', series.unit ?? t('unit.none')), ' · ',
      h('span', null, t('series.tags'), ': ', tags || t('unit.none')), ' · ',
      h('span', { class: 'key' }, t('series.key'), ': ', series.key));
  }).catch((error) => {
    if (error.name === 'AbortError') return;
    title.textContent = error.status === 404 ? t('series.notFound', { id }) : t('error.generic', { detail: error.message });
  });
  follow();
  load();
}
