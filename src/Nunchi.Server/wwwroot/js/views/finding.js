// The finding view: its narrative in the page's language, the facts, the feedback buttons, what is related (same
// source, same time), and a chart of the series around it.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { get } from '../api.js';
import { toMs } from '../format.js';
import { href } from '../router.js';
import { chartLegend } from './chart-legend.js';
import { fixedRangeChart } from './fixed-range-chart.js';
import { factsTable } from './facts-table.js';
import { feedbackBox } from './feedback-box.js';
import { findingsList } from './findings-list.js';
import { failure, loading, setTitle } from './status.js';
import { primaryName, secondaryName } from '../names.js';

/** Renders the finding of route.args[0]. */
export function findingView({ container, route, signal }) {
  const id = Number(route.args[0]);
  const body = h('div', null, loading());
  container.append(h('nav', { class: 'crumbs' }, h('a', { href: href('/') }, '← ', t('series.back'))), body);

  async function load() {
    let finding;
    try {
      finding = await get(`/findings/${id}`, {}, { signal, narrative: true });
    } catch (error) {
      if (error.name === 'AbortError') return;
      body.replaceChildren(error.status === 404
        ? h('h1', { tabindex: '-1' }, t('finding.notFound', { id }))
        : failure(error, load));
      return;
    }
    show(finding);
  }

  function show(finding) {
    const name = primaryName(finding.series, finding.seriesKoreanName);
    const heading = t('finding.title', { kind: t(`kind.${finding.kind}`), series: name });
    setTitle(heading);
    const factsSlot = h('div', { class: 'facts-slot' }, factsTable(finding));
    const related = h('div', { class: 'related-slot' }, loading());
    const chartHost = h('div', { class: 'chart-host' });
    body.replaceChildren(
      h('h1', { tabindex: '-1' }, heading),
      h('section', { class: 'narrative-box', 'aria-labelledby': 'narrative-title' },
        h('h2', { id: 'narrative-title', class: 'visually-hidden' }, t('finding.narrative')),
        h('p', { class: 'narrative-lead' }, finding.narrative)),
      h('div', { class: 'finding-grid' },
        h('section', { 'aria-labelledby': 'facts-title' }, h('h2', { id: 'facts-title' }, t('finding.facts')), factsSlot),
        h('div', { class: 'finding-side' },
          feedbackBox(finding, (saved) => factsSlot.replaceChildren(factsTable(saved))),
          h('section', { 'aria-labelledby': 'related-title' }, h('h2', { id: 'related-title' }, t('related.title')), related))),
      h('section', { 'aria-labelledby': 'context-title' },
        h('h2', { id: 'context-title' }, t('finding.context')),
        h('div', { class: 'chart-box', role: 'img', 'aria-label': t('series.chart', { name }) }, chartHost),
        chartLegend(),
        h('p', null, h('a', { href: href(`/series/${finding.seriesId}`) }, t('finding.openSeries', { series: name })))));
    container.dataset.ready = 'finding';
    showContext(finding, chartHost);
    showRelated(finding, related);
  }

  function showContext(finding, host) {
    // The finding with room either side: twice its length, at least half an hour, so the normal before and after show.
    const start = toMs(finding.start);
    const end = toMs(finding.end);
    const pad = Math.max(30 * 60_000, 2 * (end - start));
    fixedRangeChart(host, { seriesId: finding.seriesId, unit: finding.unit, from: start - pad, to: end + pad, height: 260, signal });
  }

  async function showRelated(finding, slot) {
    try {
      const related = await get(`/findings/${finding.id}/related`, {}, { signal, narrative: true });
      slot.replaceChildren(
        h('h3', null, t('related.sameSource')),
        related.sameSource.length === 0
          ? h('p', { class: 'empty' }, t('related.none'))
          : h('ul', { class: 'same-source' }, related.sameSource.map((series) => h('li', null,
            h('a', { href: href(`/series/${series.id}`, { from: toMs(finding.start) - 3_600_000, to: toMs(finding.end) + 3_600_000 }) },
              primaryName(series.name, series.koreanName)),
            ' ', secondaryName(series.name, series.koreanName)))),
        h('h3', null, t('related.overlapping')),
        findingsList(related.overlapping, { withSeries: true, empty: t('related.none') }));
    } catch (error) {
      if (error.name !== 'AbortError') slot.replaceChildren(failure(error));
    }
  }

  load();
}
