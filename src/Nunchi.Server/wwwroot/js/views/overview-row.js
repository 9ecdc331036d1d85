// One series as a row of the overview: a single link (so the whole row opens the series) holding the severity,
// the names, the canvas, the last value and the most severe finding. Text only through text nodes.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { clock, dateTime, quantity } from '../format.js';
import { href } from '../router.js';
import { severityBadge } from '../severity.js';
import { primaryName, secondaryName } from '../names.js';

/** The row for one entry of /api/v1/overview ({ series, last, lastAt, spark, strip, findings, worst }); its canvas is drawn later. */
export function overviewRow(entry, routeParams) {
  const { series, worst } = entry;
  const tags = Object.entries(series.tags).map(([key, value]) => `${key}=${value}`).join(' ');
  const canvas = h('canvas', { class: 'spark', 'aria-hidden': 'true' });
  const link = h('a', { class: 'row', href: href(`/series/${series.id}`, routeParams), tabindex: '-1', dataset: { id: String(series.id) } },
    h('span', { class: 'cell cell-sev' }, severityBadge(worst?.severity ?? 0)),
    h('span', { class: 'cell cell-name' },
      h('span', { class: 'name' }, primaryName(series.name, series.koreanName)),
      secondaryName(series.name, series.koreanName),
      h('span', { class: 'tags' }, tags)),
    h('span', { class: 'cell cell-trend' }, canvas,
      h('span', { class: 'visually-hidden' }, t('overview.trend', { findings: entry.findings }))),
    h('span', { class: 'cell cell-last' },
      entry.last === undefined || entry.last === null
        ? h('span', { class: 'muted' }, t('overview.noData'))
        : [h('span', { class: 'value' }, quantity(entry.last, series.unit)), h('span', { class: 'at' }, when(entry.lastAt))]),
    h('span', { class: 'cell cell-finding' },
      worst
        ? [h('span', { class: 'kind' }, t(`kind.${worst.kind}`)), ' ', h('span', { class: 'at' }, dateTime(worst.start)),
          entry.findings > 1 ? h('span', { class: 'more' }, t('overview.more', { n: entry.findings - 1 })) : null]
        : h('span', { class: 'muted' }, t('overview.noFinding'))));
  return { element: h('li', null, link), link, canvas, entry, text: searchText(series) };
}

/** Today's times as a clock, older ones with the date. */
function when(ms) {
  return new Date(ms).toDateString() === new Date().toDateString() ? clock(ms) : dateTime(ms);
}

/** What the filter box matches against: names, key and tags as key:value and key=value, field and measurement. */
function searchText(series) {
  const parts = [series.name, series.koreanName ?? '', series.key, `field:${series.field}`, `measurement:${series.measurement}`];
  for (const [key, value] of Object.entries(series.tags)) parts.push(`${key}:${value}`, `${key}=${value}`, value);
  return parts.join('\n').toLowerCase();
}
