// Entry point: header figures, tab navigation, one view at a time.
import {h, clear, $, fmtNum} from './dom.js';
import {api} from './api.js';
import {start} from './router.js';
import {explorerView} from './explorer.js';
import {networkView} from './network.js';
import {eventsView, eventView} from './events.js';
import {articleView} from './article.js';
import {mapView} from './map.js';
import {changesView} from './changes.js';

const TABS = [['relations', 'Relations'], ['changes', 'What changed'], ['network', 'Network'], ['map', 'Map'],
  ['events', 'Events']];

function nav(current) {
  const ul = clear($('#tabs'));
  for (const [view, label] of TABS) {
    ul.append(h('li', {}, [h('a', {href: '#/' + view, class: view === current ? 'active' : '', text: label})]));
  }
}

async function stats() {
  try {
    const st = await api.stats();
    const range = st.first_date ? `${st.first_date} – ${st.last_date}` : 'no dated events';
    clear($('#stats')).append(
      h('span', {}, [h('b', {text: fmtNum(st.articles)}), ' articles']),
      h('span', {}, [h('b', {text: fmtNum(st.events)}), ' events']),
      h('span', {}, [h('b', {text: fmtNum(st.actors)}), ' actors']),
      h('span', {class: 'muted', text: range}));
  } catch (e) {
    clear($('#stats')).append(h('span', {class: 'error', text: 'Store unavailable: ' + e.message}));
  }
}

function render({view, id, params}) {
  const root = $('#view');
  const tab = view === 'event' || view === 'article' ? 'events' : view;
  nav(tab);
  root.dataset.view = view;
  if (view === 'network') networkView(root, params);
  else if (view === 'map') mapView(root, params);
  else if (view === 'changes') changesView(root, params);
  else if (view === 'events') eventsView(root, params);
  else if (view === 'event' && id) eventView(root, id);
  else if (view === 'article' && id) articleView(root, id, params);
  else explorerView(root, params);
  window.scrollTo(0, 0);
}

stats();
start(render);
