// A uPlot plugin that shades each finding's time span by severity (colour and hatch pattern), marks it at the top
// with its level's symbol, and opens the finding when its span is clicked.
import { levelOf, levelPattern } from '../severity.js';

/** The plugin; getFindings() returns the findings to draw (with start, end, severity, id). */
export function findingsLayer(getFindings, onOpen) {
  let downX = null;
  return {
    hooks: {
      init(u) {
        u.over.addEventListener('mousedown', (event) => { downX = event.clientX; });
        u.over.addEventListener('click', (event) => {
          if (downX === null || Math.abs(event.clientX - downX) > 3) return;
          const hit = findingAt(u, getFindings(), event.offsetX);
          if (hit) onOpen(hit);
        });
      },
      drawClear(u) {
        const ratio = window.devicePixelRatio || 1;
        const { left, top, width, height } = u.bbox;
        const context = u.ctx;
        context.save();
        context.beginPath();
        context.rect(left, top, width, height);
        context.clip();
        for (const finding of getFindings()) {
          const level = levelOf(finding.severity);
          if (!level) continue;
          const [x, w] = span(u, finding, ratio);
          context.fillStyle = levelPattern(context, level, ratio);
          context.fillRect(x, top, w, height);
        }
        context.restore();
      },
      draw(u) {
        const ratio = window.devicePixelRatio || 1;
        const { left, top, width } = u.bbox;
        const context = u.ctx;
        context.save();
        context.font = `${Math.round(12 * ratio)}px system-ui, sans-serif`;
        context.textBaseline = 'top';
        context.textAlign = 'center';
        for (const finding of getFindings()) {
          const level = levelOf(finding.severity);
          if (!level) continue;
          const [x, w] = span(u, finding, ratio);
          const centre = x + w / 2;
          if (centre < left || centre > left + width) continue;
          context.fillStyle = '#0d1117';
          context.fillText(level.symbol, centre + ratio, top + 3 * ratio);
          context.fillStyle = level.color;
          context.fillText(level.symbol, centre, top + 2 * ratio);
        }
        context.restore();
      },
    },
  };
}

/** The finding under a pixel of the plot area (CSS pixels), the most severe when spans overlap. */
function findingAt(u, findings, cssX) {
  const value = u.posToVal(cssX, 'x');
  const tolerance = (u.posToVal(cssX + 4, 'x') - value);
  let best = null;
  for (const finding of findings) {
    if (value >= finding.startMs - tolerance && value <= finding.endMs + tolerance && (!best || finding.severity > best.severity)) best = finding;
  }
  return best;
}

/** Canvas x and width of a finding; at least 4 CSS pixels wide so a one-point spike stays visible. */
function span(u, finding, ratio) {
  const x0 = u.valToPos(finding.startMs, 'x', true);
  const x1 = u.valToPos(finding.endMs, 'x', true);
  const minimum = 4 * ratio;
  const w = Math.max(x1 - x0, minimum);
  return [x1 - x0 < minimum ? (x0 + x1) / 2 - minimum / 2 : x0, w];
}
