// Severity levels as people read them. Each level has a colour AND a symbol, a word and a fill pattern, so that no
// reading depends on telling colours apart.
import { h } from './dom.js';
import { t } from './i18n.js';
import { severityNumber } from './format.js';

/** From the most to the least severe; a finding opens at 0.5, so "low" only shows for damped or closing ones. */
export const levels = [
  { key: 'critical', min: 0.9, color: '#ff6b6b', symbol: '◆', hatch: 'cross' },
  { key: 'high', min: 0.7, color: '#ffa94d', symbol: '▲', hatch: 'dense' },
  { key: 'medium', min: 0.5, color: '#ffd43b', symbol: '●', hatch: 'sparse' },
  { key: 'low', min: 0, color: '#74c0fc', symbol: '○', hatch: 'dots' },
];

/** The level of a severity in 0..1; null for 0 (nothing found). */
export function levelOf(severity) {
  if (!(severity > 0)) return null;
  return levels.find((level) => severity >= level.min);
}

/** A badge: symbol, word and number, e.g. "▲ High 0.82". */
export function severityBadge(severity, { number = true } = {}) {
  const level = levelOf(severity);
  if (!level) return h('span', { class: 'sev sev-none' }, h('span', { 'aria-hidden': 'true' }, '–'), ' ', t('sev.none'));
  return h('span', { class: `sev sev-${level.key}` },
    h('span', { class: 'sev-symbol', 'aria-hidden': 'true' }, level.symbol), ' ',
    t(`sev.${level.key}`), number ? ` ${severityNumber(severity)}` : '');
}

const patternCache = new WeakMap();

/**
 * A fill pattern for a level on a 2D context: cross-hatch, dense or sparse diagonals, dots, drawn in the level's
 * colour over a faint wash of it.
 */
export function levelPattern(context, level, scale = 1) {
  let byLevel = patternCache.get(context);
  if (!byLevel) {
    byLevel = new Map();
    patternCache.set(context, byLevel);
  }
  const cacheKey = `${level.key}@${scale}`;
  if (byLevel.has(cacheKey)) return byLevel.get(cacheKey);
  const size = Math.round((level.hatch === 'sparse' ? 10 : level.hatch === 'dots' ? 8 : 6) * scale);
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const g = tile.getContext('2d');
  g.fillStyle = `${level.color}33`;
  g.fillRect(0, 0, size, size);
  g.strokeStyle = `${level.color}cc`;
  g.fillStyle = `${level.color}cc`;
  g.lineWidth = Math.max(1, scale);
  if (level.hatch === 'dots') {
    g.beginPath();
    g.arc(size / 2, size / 2, 1.2 * scale, 0, Math.PI * 2);
    g.fill();
  } else {
    g.beginPath();
    g.moveTo(0, size);
    g.lineTo(size, 0);
    if (level.hatch === 'cross') {
      g.moveTo(0, 0);
      g.lineTo(size, size);
    }
    g.stroke();
  }
  const pattern = context.createPattern(tile, 'repeat');
  byLevel.set(cacheKey, pattern);
  return pattern;
}

/** A small swatch for legends: the pattern on a canvas, next to the word. */
function levelSwatch(level) {
  const canvas = h('canvas', { class: 'swatch', width: 28, height: 14, 'aria-hidden': 'true' });
  const context = canvas.getContext('2d');
  context.fillStyle = levelPattern(context, level);
  context.fillRect(0, 0, 28, 14);
  context.strokeStyle = level.color;
  context.strokeRect(0.5, 0.5, 27, 13);
  return canvas;
}

/** The legend of severity levels: swatch, symbol and word for each. */
export function severityLegend() {
  return h('ul', { class: 'legend-levels', 'aria-label': t('sev.legend') },
    levels.map((level) => h('li', null, levelSwatch(level), ' ',
      h('span', { class: `sev-symbol sev-${level.key}`, 'aria-hidden': 'true' }, level.symbol), ' ', t(`sev.${level.key}`))));
}
