// The legend under a series chart: what each line and band means, and the severity levels of the shaded findings,
// each with a drawn sample and a word.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { severityLegend } from '../severity.js';

/** The legend; withBand false leaves the expected band out (none shown). */
export function chartLegend(withBand = true) {
  const item = (kind, key) => h('li', null, h('span', { class: `sample sample-${kind}`, 'aria-hidden': 'true' }), ' ', t(key));
  return h('div', { class: 'chart-legend', role: 'group', 'aria-label': t('series.legend') },
    h('ul', { class: 'legend-lines' },
      item('range', 'series.legend.range'),
      item('mean', 'series.legend.mean'),
      withBand ? item('expected', 'series.legend.expected') : null,
      withBand ? item('band', 'series.legend.band') : null),
    severityLegend());
}
