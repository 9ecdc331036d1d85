// Labels of a chart's time axis in the page's language and the browser's time zone (uPlot's own are English).
import { clock, day } from '../format.js';

const dayMs = 86_400_000;

/** uPlot axis `values`: days for day steps, clock times otherwise, with the date added where the day changes. */
export function timeAxisValues(u, splits, axisIndex, space, increment) {
  let previousDay = null;
  return splits.map((value) => {
    if (value === null || value === undefined) return '';
    const dayText = day(value);
    if (increment >= dayMs) return dayText;
    const time = clock(value, increment < 60_000);
    const label = previousDay !== dayText ? `${time}\n${dayText}` : time;
    previousDay = dayText;
    return label;
  });
}
