// The language of the page: Korean or English, from the browser's language until the user switches (the choice is
// kept in localStorage). Every visible string comes from t().
import { strings } from './strings.js';

const storageKey = 'nunchi.lang';
const listeners = new Set();
let current = initial();

function initial() {
  const saved = localStorage.getItem(storageKey);
  if (saved === 'ko' || saved === 'en') return saved;
  return (navigator.language || 'en').toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** The current language: 'ko' or 'en'. */
export function lang() {
  return current;
}

/** The BCP 47 locale for Intl: Korean, or English with 24-hour times as control rooms read them. */
export function locale() {
  return current === 'ko' ? 'ko-KR' : 'en-GB';
}

/** The string for key in the current language, with {name} placeholders filled from vars. */
export function t(key, vars) {
  const text = strings[current][key] ?? strings.en[key];
  if (text === undefined) {
    console.warn(`i18n: no string '${key}'`);
    return key;
  }
  return vars ? text.replace(/\{(\w+)\}/g, (match, name) => (name in vars ? String(vars[name]) : match)) : text;
}

/** Switches the language, remembers it and tells the listeners (which re-render). */
export function setLang(value) {
  if (value !== 'ko' && value !== 'en') throw new Error(`unknown language ${value}`);
  current = value;
  localStorage.setItem(storageKey, value);
  document.documentElement.lang = value;
  for (const listener of listeners) listener(value);
}

/** Calls listener after every language switch. */
export function onLangChange(listener) {
  listeners.add(listener);
}
