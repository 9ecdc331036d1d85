// Which of a series' names leads: in Korean its Korean alias (프레스 3호기 진동), otherwise its name (press-3
// vibration); the other one follows, marked with its language.
import { h } from './dom.js';
import { lang } from './i18n.js';

/** The name to lead with. */
export function primaryName(name, koreanName) {
  return lang() === 'ko' && koreanName ? koreanName : name;
}

/** The other name as a small element, or null when there is only one. */
export function secondaryName(name, koreanName, className = 'name-alt') {
  if (!koreanName) return null;
  const korean = lang() !== 'ko';
  return h('span', { class: className, lang: korean ? 'ko' : 'en' }, korean ? koreanName : name);
}
