// What changed: the pairs whose relationship moved most in the last months against their own past, ranked by
// how sure the move is (few events can swing an index far; the ranking weighs that), each with the sentences
// behind it.
import {h, clear, fmtNum, fmtIndex} from './dom.js';
import {api} from './api.js';
import {eventCard, evidenceKey} from './cards.js';
import {setHash} from './router.js';
import {modalitiesFrom, modalityPicker, countingNote} from './counting.js';

export function changesView(root, params) {
  const state = {to: params.get('to') || '', months: Number(params.get('months')) || 3,
    modality: modalitiesFrom(params)};
  const months = h('select', {id: 'changes-months'}, [1, 3, 6, 12, 24].map(n =>
    h('option', {value: n, selected: n === state.months, text: `last ${n} ${n === 1 ? 'month' : 'months'}`})));
  const to = h('input', {type: 'date', id: 'changes-to', value: state.to});
  months.addEventListener('change', () => { state.months = Number(months.value); load(); });
  to.addEventListener('change', () => { state.to = to.value; load(); });
  const mods = modalityPicker(state.modality, list => { state.modality = list; load(); });
  const list = h('section', {id: 'changes'});
  clear(root).append(h('section', {class: 'panel controls'}, [h('div', {class: 'row'}, [
    h('label', {class: 'field'}, [h('span', {class: 'field-label', text: 'Window'}), months]),
    h('label', {class: 'field'}, [h('span', {class: 'field-label', text: 'Ending (default: latest event)'}), to]),
    h('div', {class: 'field'}, [h('span', {class: 'field-label', text: 'Count modalities'}), mods])])]), list);
  load();

  async function load() {
    setHash('changes', {to: state.to, months: state.months, modality: state.modality.join(',')});
    clear(list).append(h('div', {class: 'muted', text: 'Loading…'}));
    try {
      const data = await api.changes({to: state.to, months: state.months, modality: state.modality, limit: 20});
      clear(list).append(h('div', {class: 'panel'}, [
        h('h2', {text: data.from ? `Largest changes, ${data.from} to ${data.to}` : 'Largest changes'}),
        countingNote(data.counting, 'Each pair\'s net index in the window against its index before it; ranked by'
          + ' the z of the difference, so a move resting on one or two events ranks low.'), evidenceKey()]));
      if (data.items.length === 0) {
        list.append(h('div', {class: 'empty panel', text: 'No pair has enough events both in this window (2 or more)'
          + ' and before it (3 or more). Choose a longer window or an end date where the store has news.'}));
      }
      for (const c of data.items) list.append(changeCard(c, state));
    } catch (e) {
      clear(list).append(h('div', {class: 'error', text: e.message}));
    }
  }
}

function changeCard(c, state) {
  const dir = c.direction === 'conflict' ? 'towards conflict' : 'towards co-operation';
  const link = '#/relations?' + new URLSearchParams({a: c.a, b: c.b, modality: state.modality.join(',')}).toString();
  return h('article', {class: 'panel change ' + (c.direction === 'conflict' ? 'to-conflict' : 'to-coop'), dataset: {a: c.a, b: c.b}}, [
    h('div', {class: 'section-head'}, [
      h('h3', {}, [h('a', {href: link, title: `${c.a} – ${c.b}: open the pair`, text: `${c.a_name || c.a} – ${c.b_name || c.b}`})]),
      h('span', {class: 'badge quad ' + (c.direction === 'conflict' ? 'q4' : 'q1'), text: dir})]),
    h('p', {text: `Net index ${fmtIndex(c.recent_index)} over ${fmtNum(c.recent_events)} ${c.recent_events === 1 ? 'event' : 'events'}`
      + ` in the window (95 % ${fmtIndex(c.recent_low)} … ${fmtIndex(c.recent_high)}) against ${fmtIndex(c.before_index)}`
      + ` over ${fmtNum(c.before_events)} before: ${fmtIndex(c.delta)} (z ${Number(c.z).toFixed(1)}).`}),
    ...c.evidence.map(eventCard),
  ]);
}
