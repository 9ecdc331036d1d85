// Builds DOM nodes. Every piece of text goes in as a text node: data (series names, tags, narratives, answers) is
// never parsed as HTML, so a name like <img onerror=…> shows as those characters and runs nothing.

/**
 * Creates an element: h('a', { href: '#/', class: 'row' }, 'text', child, …).
 * Attributes are set with setAttribute (no innerHTML); `on*` functions become event listeners; strings and numbers
 * among the children become text nodes; null, undefined and false children are skipped; arrays are flattened.
 */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends children (text, nodes, arrays) as h does. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Removes every child of an element. */
export function clear(element) {
  element.replaceChildren();
  return element;
}
