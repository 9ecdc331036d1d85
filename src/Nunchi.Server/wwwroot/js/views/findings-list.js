// A list of findings, each a link to its finding view: severity (symbol, word, number), kind, when, how long, the
// narrative and any feedback.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime, duration, toMs } from '../format.js';
import { href } from '../router.js';
import { severityBadge } from '../severity.js';
import { primaryName } from '../names.js';

/** The list; withSeries adds each finding's series name (lists that mix series). */
export function findingsList(findings, { withSeries = false, empty = t('series.noFindings') } = {}) {
  if (findings.length === 0) return h('p', { class: 'empty' }, empty);
  return h('ul', { class: 'findings' }, findings.map((finding) => findingItem(finding, withSeries)));
}

function findingItem(finding, withSeries) {
  const start = toMs(finding.start);
  const end = toMs(finding.end);
  return h('li', { dataset: { id: String(finding.id) } },
    h('a', { href: href(`/finding/${finding.id}`), class: 'finding-link' },
      h('span', { class: 'finding-head' },
        severityBadge(finding.severity), ' ',
        h('span', { class: 'kind' }, t(`kind.${finding.kind}`)),
        withSeries ? [' · ', h('span', { class: 'finding-series' }, primaryName(finding.series, finding.seriesKoreanName))] : null,
        ' · ', h('time', { datetime: new Date(start).toISOString() }, dateTime(start, true)),
        end > start ? [' · ', duration(end - start)] : null,
        finding.isOpen ? [' · ', t('fact.open')] : null,
        finding.feedback ? [' · ', h('span', { class: `feedback-tag feedback-${finding.feedback}` }, t(`feedback.${finding.feedback}`))] : null),
      h('span', { class: 'narrative' }, finding.narrative)));
}
