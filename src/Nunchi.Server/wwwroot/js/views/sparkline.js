// Draws one overview row's canvas: the sparkline of bucket means on top, the anomaly strip (highest finding severity
// per bucket, coloured and patterned by level) below it. One 2D canvas per row, no chart library.
import { levelOf, levelPattern } from '../severity.js';

const stripHeight = 7;
const gap = 3;
const lineColor = '#8ab4f8';
const baseColor = '#2d3642';

/** Sizes the canvas to its box at the device's pixel ratio and draws spark and strip into it. */
export function drawSparkline(canvas, spark, strip, cssWidth, cssHeight) {
  const ratio = window.devicePixelRatio || 1;
  const width = Math.max(1, Math.round(cssWidth * ratio));
  const height = Math.max(1, Math.round(cssHeight * ratio));
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  context.clearRect(0, 0, width, height);
  const count = spark.length;
  if (count === 0) return;
  const column = width / count;
  const stripTop = height - stripHeight * ratio;
  const lineBottom = stripTop - gap * ratio;

  // 1. The strip: a quiet base line, then each bucket with a finding in its level's colour and pattern.
  context.fillStyle = baseColor;
  context.fillRect(0, stripTop + (stripHeight * ratio) / 2 - ratio / 2, width, ratio);
  for (let i = 0; i < count; i++) {
    const level = levelOf(strip[i]);
    if (!level) continue;
    const x = Math.floor(i * column);
    const w = Math.max(Math.ceil(column), Math.round(2 * ratio));
    context.fillStyle = `${level.color}99`;
    context.fillRect(x, stripTop, w, stripHeight * ratio);
    context.fillStyle = levelPattern(context, level, ratio);
    context.fillRect(x, stripTop, w, stripHeight * ratio);
  }

  // 2. The sparkline, scaled to its own min and max; empty buckets leave a gap.
  let min = Infinity;
  let max = -Infinity;
  for (const value of spark) {
    if (value === null) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min === Infinity) return;
  const pad = 2 * ratio;
  const scale = max > min ? (lineBottom - 2 * pad) / (max - min) : 0;
  const y = (value) => (scale === 0 ? lineBottom / 2 : lineBottom - pad - (value - min) * scale);
  context.strokeStyle = lineColor;
  context.lineWidth = 1.5 * ratio;
  context.lineJoin = 'round';
  context.beginPath();
  let drawing = false;
  for (let i = 0; i < count; i++) {
    const value = spark[i];
    if (value === null) {
      drawing = false;
      continue;
    }
    const x = (i + 0.5) * column;
    if (drawing) context.lineTo(x, y(value));
    else context.moveTo(x, y(value));
    drawing = true;
  }
  context.stroke();
}
