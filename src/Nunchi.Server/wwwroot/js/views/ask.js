// The answer to a question typed in the header's ask box (GET /api/v1/ask): the answer's text, its values, small
// charts of up to four of its series over the asked range, and its findings. A server without question answering
// (404) gets a polite note instead.
import { append, clear, h } from '../dom.js';
import { t } from '../i18n.js';
import { get } from '../api.js';
import { fullDateTime, quantity, toMs } from '../format.js';
import { href } from '../router.js';
import { fixedRangeChart } from './fixed-range-chart.js';
import { findingsList } from './findings-list.js';
import { failure, loading, setTitle } from './status.js';
import { primaryName, secondaryName } from '../names.js';

const maxCharts = 4;

/** Renders the answer to route.params q. */
export function askView({ container, route, signal }) {
  const question = route.params.get('q') ?? '';
  setTitle(t('ask.title'));
  const body = h('div', { class: 'answer' }, question ? loading() : h('p', null, t('ask.empty')));
  container.append(h('h1', { tabindex: '-1' }, t('ask.title')), question ? h('blockquote', { class: 'question' }, question) : null, body);
  if (!question) {
    document.getElementById('ask-input')?.focus();
    return;
  }

  async function load() {
    let answer;
    try {
      answer = await get('/ask', { q: question }, { signal, narrative: true });
    } catch (error) {
      if (error.name === 'AbortError') return;
      // A 404 whose reason is only the status ("Not Found") is a server without the endpoint.
      body.replaceChildren(error.status === 404 && /^not found$/i.test(error.message)
        ? h('p', { class: 'notice', role: 'status' }, t('ask.notAvailable'))
        : failure(error, load));
      container.dataset.ready = 'ask';
      return;
    }
    show(answer);
    container.dataset.ready = 'ask';
  }

  function show(answer) {
    const from = toMs(answer.from);
    const to = toMs(answer.to);
    const understood = answer.intent !== 'unknown' && Number.isFinite(from) && Number.isFinite(to);
    const values = answer.answer?.values ?? [];
    const findings = answer.answer?.findings ?? [];
    const charted = understood ? (answer.series ?? []).slice(0, maxCharts) : [];
    append(clear(body), [
      h('section', { 'aria-labelledby': 'answer-title' },
        h('h2', { id: 'answer-title' }, t('ask.answer')),
        h('p', { class: 'answer-text' }, answer.answer?.text ?? ''),
        understood ? h('p', { class: 'hint' }, t('ask.understood', { intent: answer.intent, from: fullDateTime(from), to: fullDateTime(to) })) : null),
      values.length > 0
        ? h('section', { 'aria-labelledby': 'values-title' },
          h('h2', { id: 'values-title' }, t('ask.values')),
          h('table', { class: 'facts' }, h('tbody', null, values.map((value) => h('tr', null,
            h('th', { scope: 'row' }, h('a', { href: href(`/series/${value.seriesId}`, { from, to }) }, value.name)),
            h('td', null, quantity(value.value, value.unit)))))))
        : null,
      charted.length > 0
        ? h('section', { 'aria-labelledby': 'charts-title' },
          h('h2', { id: 'charts-title' }, t('ask.charts')),
          h('div', { class: 'ask-charts' }, charted.map((series) => smallChart(series, from, to, findings))))
        : null,
      h('section', { 'aria-labelledby': 'answer-findings-title' },
        h('h2', { id: 'answer-findings-title' }, t('ask.findings')),
        findingsList(findings, { withSeries: true, empty: t('ask.noFindings') }))]);
  }

  function smallChart(series, from, to, findings) {
    const host = h('div', { class: 'chart-host' });
    const figure = h('figure', { class: 'small-chart' },
      h('figcaption', null, h('a', { href: href(`/series/${series.id}`, { from, to }) }, primaryName(series.name, series.koreanName)),
        ' ', secondaryName(series.name, series.koreanName)),
      h('div', { class: 'chart-box', role: 'img', 'aria-label': t('series.chart', { name: primaryName(series.name, series.koreanName) }) }, host));
    // Drawn once the figure is in the page (uPlot needs its width).
    requestAnimationFrame(() => {
      if (signal.aborted) return;
      fixedRangeChart(host, {
        seriesId: series.id, unit: series.unit, from, to, height: 180, signal, band: false,
        findings: findings.filter((f) => f.seriesId === series.id),
      });
    });
    return figure;
  }

  load();
}
