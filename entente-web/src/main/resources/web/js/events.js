// Event browser (every filter the API has) and the page of one event with all its mentions.
import {h, clear, ROOT_NAMES, QUAD_NAMES, MODALITIES, fmtNum, evidenceSentence, modalityBadge} from './dom.js';
import {api} from './api.js';
import {eventCard, evidenceKey, pager} from './cards.js';
import {setHash} from './router.js';

const FILTERS = ['actor', 'country', 'a', 'b', 'code', 'root', 'quad', 'modality', 'from', 'to', 'q'];

export function eventsView(root, params) {
  const state = {};
  for (const f of FILTERS) state[f] = params.get(f) || '';
  let offset = Number(params.get('offset')) || 0;

  const inputs = {
    q: h('input', {type: 'search', id: 'f-q', placeholder: 'words in the sentence', value: state.q}),
    actor: h('input', {type: 'text', id: 'f-actor', placeholder: 'RUS, USAGOV…', value: state.actor, size: 9}),
    country: h('input', {type: 'text', id: 'f-country', placeholder: 'CHN', value: state.country, size: 5, maxlength: 3}),
    a: h('input', {type: 'text', id: 'f-a', placeholder: 'side A', value: state.a, size: 7}),
    b: h('input', {type: 'text', id: 'f-b', placeholder: 'side B', value: state.b, size: 7}),
    root: h('select', {id: 'f-root'}, [h('option', {value: '', text: 'any'}),
      ...Object.entries(ROOT_NAMES).map(([k, v]) => h('option', {value: k, selected: k === state.root, text: `${k} ${v}`}))]),
    code: h('input', {type: 'text', id: 'f-code', placeholder: '042', value: state.code, size: 5}),
    quad: h('select', {id: 'f-quad'}, [h('option', {value: '', text: 'any'}),
      ...Object.entries(QUAD_NAMES).map(([k, v]) => h('option', {value: k, selected: k === state.quad, text: `${k} ${v}`}))]),
    modality: h('select', {id: 'f-modality'}, [h('option', {value: '', text: 'asserted (default)'}),
      h('option', {value: MODALITIES.join(','), selected: state.modality === MODALITIES.join(','), text: 'all five'}),
      ...MODALITIES.map(m => h('option', {value: m, selected: m === state.modality, text: m}))]),
    from: h('input', {type: 'date', id: 'f-from', value: state.from}),
    to: h('input', {type: 'date', id: 'f-to', value: state.to}),
  };
  // a modality list from a link (say ?modality=future,asserted) that no menu entry spells the same way
  const known = ['', ...MODALITIES, MODALITIES.join(',')];
  const wanted = normaliseModalities(state.modality);
  if (wanted === MODALITIES.join(',')) inputs.modality.value = wanted;
  else if (wanted && !known.includes(wanted)) inputs.modality.append(h('option', {value: wanted, selected: true, text: wanted}));
  const labels = {q: 'Text', actor: 'Actor', country: 'Country', a: 'Dyad', b: '', root: 'CAMEO root', code: 'Code',
    quad: 'QuadClass', modality: 'Modality', from: 'From', to: 'To'};
  const form = h('form', {class: 'filters', id: 'event-filters'}, [
    ...['q', 'actor', 'country', 'a', 'b', 'root', 'code', 'quad', 'modality', 'from', 'to'].map(k =>
      h('label', {class: 'field'}, [h('span', {class: 'field-label', text: labels[k] || '\u00a0'}), inputs[k]])),
    h('div', {class: 'field'}, [h('span', {class: 'field-label', text: '\u00a0'}),
      h('div', {class: 'btns'}, [h('button', {type: 'submit', class: 'primary', text: 'Search'}),
        h('button', {type: 'button', text: 'Clear', onclick: () => { for (const k of FILTERS) inputs[k].value = ''; search(0); }})])]),
  ]);
  form.addEventListener('submit', ev => { ev.preventDefault(); search(0); });
  for (const k of ['root', 'quad', 'modality', 'from', 'to']) inputs[k].addEventListener('change', () => search(0));
  const results = h('section', {class: 'results', id: 'event-results'});
  clear(root).append(h('section', {class: 'panel controls'}, [form]), results);
  search(offset);

  async function search(off) {
    offset = off;
    for (const k of FILTERS) state[k] = inputs[k].value.trim();
    setHash('events', {...state, offset: offset || ''});
    clear(results).append(h('div', {class: 'muted', text: 'Searching…'}));
    try {
      const page = await api.events({...state, limit: 25, offset});
      clear(results).append(
        h('div', {class: 'section-head'}, [h('h3', {text: `${fmtNum(page.total)} events`}), evidenceKey()]),
        ...(page.items.length ? page.items.map(eventCard) : [h('div', {class: 'empty', text: 'No event matches these filters.'})]),
        pager(page, search));
    } catch (e) {
      clear(results).append(h('div', {class: 'error', text: e.message}));
      if (e.parameter && inputs[e.parameter]) inputs[e.parameter].classList.add('invalid');
    }
  }
}

function normaliseModalities(v) {
  if (!v) return '';
  const set = new Set(v.split(',').map(x => x.trim()).filter(Boolean));
  const ordered = MODALITIES.filter(m => set.has(m));
  return ordered.length === set.size ? ordered.join(',') : v;
}

export async function eventView(root, id) {
  clear(root).append(h('div', {class: 'muted', text: 'Loading event…'}));
  try {
    const d = await api.event(id);
    const e = d.event;
    clear(root).append(
      h('section', {class: 'panel'}, [h('div', {class: 'section-head'}, [h('h2', {text: 'Event ' + e.id}), evidenceKey()]),
        eventCard(e)]),
      h('section', {class: 'panel'}, [h('h3', {text: `${d.mentions.length} ${d.mentions.length === 1 ? 'mention' : 'mentions'}`}),
        ...d.mentions.map(m => h('div', {class: 'mention'}, [
          h('div', {class: 'ev-head'}, [h('span', {class: 'date', text: m.date || ''}),
            h('a', {href: '#/article/' + encodeURIComponent(m.article_id) + '?event=' + encodeURIComponent(e.id),
              text: m.title || m.article || m.article_id}),
            m.outlet ? h('span', {class: 'outlet', text: m.outlet}) : null,
            modalityBadge(m.modality),
            m.said_by ? h('span', {class: 'muted', text: 'said by ' + m.said_by}) : null]),
          h('blockquote', {class: 'evidence'}, [evidenceSentence(m.text || '', m.span, m.evidence)]),
          h('div', {class: 'prov muted', text: `coded ${m.code || ''} ${m.source || '—'} → ${m.target || '—'}`
            + (m.pattern ? ' · pattern ' + m.pattern : '')}),
          h('div', {class: 'resolution muted', text: m.resolution ? 'grouped: ' + m.resolution
            : 'first report of this event'})]))]));
  } catch (err) {
    clear(root).append(h('div', {class: 'error', text: err.message}));
  }
}
