// The facts of a finding as a table: expected against actual, the deviation in units and in the series' own noise
// scale, kind, times, severity, and the kind-specific numbers the explanation carries.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { dateTime, duration, number, quantity, toMs } from '../format.js';
import { href } from '../router.js';
import { severityBadge } from '../severity.js';
import { primaryName } from '../names.js';

/** The table for a finding as /api/v1/findings/{id} returns it. */
export function factsTable(finding) {
  const facts = finding.facts ?? {};
  const unit = finding.unit;
  const start = toMs(finding.start);
  const end = toMs(finding.end);
  const signed = (value) => `${value > 0 ? '+' : ''}${quantity(value, unit)}`;
  // Missing data has no value to compare: expected, band and deviation do not apply.
  const compared = finding.kind !== 'missing';
  const finite = (value) => Number.isFinite(value);
  const rows = [
    ['fact.series', h('a', { href: href(`/series/${finding.seriesId}`) }, primaryName(finding.series, finding.seriesKoreanName))],
    ['fact.kind', t(`kind.${finding.kind}`)],
    ['fact.severity', severityBadge(finding.severity)],
    ['fact.status', t(finding.isOpen ? 'fact.open' : 'fact.closed')],
    ['fact.start', dateTime(start, true)],
    ['fact.end', dateTime(end, true)],
    ['fact.duration', duration(end - start) || duration(0)],
    ['fact.peak', dateTime(finding.peak, true)],
    ['fact.expected', compared && finite(finding.expected) ? quantity(finding.expected, unit) : null],
    ['fact.band', compared && finite(finding.lower) && finite(finding.upper) ? `${number(finding.lower)} – ${quantity(finding.upper, unit)}` : null],
    ['fact.actual', finite(finding.actual) ? quantity(finding.actual, unit) : null],
    ['fact.deviation', compared && finite(facts.deviation) ? signed(facts.deviation) : null],
    ['fact.deviationSigma', compared && finite(facts.deviationSigma) ? t('fact.sigmaValue', { value: number(Math.abs(facts.deviationSigma)) }) : null],
    ['fact.direction', facts.direction && facts.direction !== 'none' ? t(`direction.${facts.direction}`) : null],
    ['fact.detector', facts.detector],
    ['fact.points', finite(facts.points) && facts.points > 0 ? number(facts.points) : null],
    ['fact.evidence', finite(facts.evidence) && facts.evidence > 0 ? number(facts.evidence) : null],
    ['fact.shiftSize', finite(facts.shiftSize) ? signed(facts.shiftSize) : null],
    ['fact.varianceRatio', finite(facts.varianceRatio) ? t('fact.ratioValue', { value: number(facts.varianceRatio) }) : null],
    ['fact.slopePerHour', finite(facts.slopePerHour) ? t('fact.perHour', { value: signed(facts.slopePerHour) }) : null],
    ['fact.stuckValue', finite(facts.stuckValue) ? quantity(facts.stuckValue, unit) : null],
    ['fact.cadence', finite(facts.cadenceMs) ? duration(facts.cadenceMs) : null],
    ['fact.seasonalPeriod', finite(facts.seasonalPeriodMs) ? duration(facts.seasonalPeriodMs) : null],
    ['fact.becameNormal', facts.becameNormal ? t('yes') : null],
    ['fact.returnedToKnownRegime', facts.returnedToKnownRegime ? t('yes') : null],
    ['fact.dampedByFeedback', facts.dampedByFeedback ? t('yes') : null],
    ['fact.feedback', h('span', { class: 'feedback-value' }, finding.feedback ? t(`feedback.${finding.feedback}`) : t('feedback.none'))],
  ];
  return h('table', { class: 'facts' },
    h('caption', { class: 'visually-hidden' }, t('finding.facts')),
    h('tbody', null, rows.filter(([, value]) => value !== null && value !== undefined && value !== '').map(([key, value]) =>
      h('tr', null, h('th', { scope: 'row' }, t(key)), h('td', null, value)))));
}
