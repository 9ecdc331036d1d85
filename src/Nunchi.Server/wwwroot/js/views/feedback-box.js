// "Not an anomaly" / "Confirmed": the two answers a person gives about a finding, sent to
// POST /api/v1/findings/{id}/feedback, with the stored verdict and what it changes shown afterwards.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { post } from '../api.js';

const verdicts = ['not_anomaly', 'confirmed'];

/** The box; onSaved(finding) gets the finding as the server returns it after the verdict. */
export function feedbackBox(finding, onSaved) {
  const result = h('p', { class: 'feedback-result', role: 'status' }, finding.feedback ? t('feedback.current', { verdict: t(`feedback.${finding.feedback}`) }) : '');
  const buttons = verdicts.map((verdict) => h('button', {
    type: 'button',
    class: `verdict verdict-${verdict}`,
    dataset: { verdict },
    'aria-pressed': String(finding.feedback === verdict),
    onclick: () => give(verdict),
  }, h('span', { 'aria-hidden': 'true' }, verdict === 'confirmed' ? '✓ ' : '✕ '), t(`feedback.${verdict}`)));

  async function give(verdict) {
    for (const button of buttons) button.disabled = true;
    result.textContent = t('feedback.saving');
    try {
      const saved = await post(`/findings/${finding.id}/feedback`, { verdict }, { narrative: true });
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.verdict === saved.feedback));
      result.textContent = t(`feedback.saved.${saved.feedback}`);
      result.dataset.saved = saved.feedback;
      onSaved(saved);
    } catch (error) {
      result.textContent = t('feedback.failed', { detail: error.message });
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  }

  return h('section', { class: 'feedback', 'aria-labelledby': 'feedback-title' },
    h('h2', { id: 'feedback-title' }, t('feedback.title')),
    h('p', { class: 'hint' }, t('feedback.explain')),
    h('div', { class: 'verdicts' }, buttons),
    result);
}
