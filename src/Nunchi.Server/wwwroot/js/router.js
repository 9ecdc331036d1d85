// Hash routes, so every view has an address that can be bookmarked and shared: #/ (overview), #/series/ID,
// #/finding/ID, #/ask?q=…; the range and the filter travel in the query part (#/series/3?range=6h).

const routes = [];
let container = null;
let current = null;
let controller = null;
const listeners = new Set();

/** Registers a view for a path pattern whose groups are passed as route.args. */
export function route(pattern, name, view) {
  routes.push({ pattern, name, view });
}

/** The current route: { name, path, args, params (URLSearchParams) }. */
export function currentRoute() {
  return current;
}

/** The address of a view: href('/series/3', { range: '6h' }) → '#/series/3?range=6h'. */
export function href(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

/** Goes to a view; replace keeps the history entry (zooming, typing a filter). */
export function navigate(path, params, { replace = false } = {}) {
  const target = href(path, params);
  if (target === location.hash) return;
  if (replace) {
    history.replaceState(null, '', target);
    render(false);
  } else {
    location.hash = target;
  }
}

/** Rewrites the query of the current address without rendering again (a view that already shows the change). */
export function replaceParams(params) {
  history.replaceState(null, '', href(current.path, params));
  current = { ...current, params: new URLSearchParams(location.hash.split('?')[1] ?? '') };
  for (const listener of listeners) listener(current);
}

/** Calls listener after every render with the route. */
export function onRoute(listener) {
  listeners.add(listener);
}

/** Starts routing into element. */
export function startRouter(element) {
  container = element;
  window.addEventListener('hashchange', () => render(true));
  render(false);
}

/** Renders the current view again (after a language switch): focus stays where it is. */
export function refresh() {
  render(false);
}

function parse() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, query = ''] = hash.split('?');
  for (const candidate of routes) {
    const match = path.match(candidate.pattern);
    if (match) return { name: candidate.name, view: candidate.view, path, args: match.slice(1), params: new URLSearchParams(query) };
  }
  return { name: 'overview', view: routes[0].view, path: '/', args: [], params: new URLSearchParams() };
}

function render(moveFocus) {
  // Views measure how long they take to draw from here (performance.measure in the browser tests).
  performance.clearMarks();
  performance.mark('nunchi:route');
  controller?.abort();
  controller = new AbortController();
  const next = parse();
  const sameView = current && current.name === next.name && current.args.join() === next.args.join();
  current = next;
  for (const listener of listeners) listener(current);
  container.replaceChildren();
  // Marks a view leaves for tests and measurements (ready, band, live) belong to that view only.
  for (const key of Object.keys(container.dataset)) delete container.dataset[key];
  current.view({ container, route: current, signal: controller.signal });
  if (moveFocus && !sameView) {
    // A new view: move focus to its heading so keyboard and screen reader users start there.
    container.querySelector('h1')?.focus({ preventScroll: false });
  }
}
