// Starts the dashboard: token from the address, the frame, the routes, the live connection.
import { onTokenNeeded } from './api.js';
import { lang, onLangChange } from './i18n.js';
import { reconnectLive, startLive } from './live.js';
import { refresh, route, startRouter } from './router.js';
import { createShell, renderShell } from './shell.js';
import { askForToken } from './token-dialog.js';
import { takeTokenFromAddress } from './token.js';
import { askView } from './views/ask.js';
import { findingView } from './views/finding.js';
import { overviewView } from './views/overview.js';
import { seriesView } from './views/series.js';

takeTokenFromAddress();
onTokenNeeded(askForToken);
document.documentElement.lang = lang();

route(/^\/$/, 'overview', overviewView);
route(/^\/series\/(\d+)$/, 'series', seriesView);
route(/^\/finding\/(\d+)$/, 'finding', findingView);
route(/^\/ask$/, 'ask', askView);

const main = createShell(document.body);
startRouter(main);
renderShell();
startLive();

onLangChange(() => {
  renderShell();
  refresh();
  reconnectLive();
  document.querySelector('.lang-switch')?.focus();
});
