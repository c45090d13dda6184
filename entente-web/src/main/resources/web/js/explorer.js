// Relationship explorer: two actors -> their series (chart) -> click a period -> its events with evidence.
import {h, clear, fmtNum, fmtIndex} from './dom.js';
import {api} from './api.js';
import {actorPicker} from './typeahead.js';
import {drawRelationChart, chartLegend} from './chart.js';
import {eventCard, evidenceKey, pager} from './cards.js';
import {setHash} from './router.js';
import {modalitiesFrom, modalityPicker, countingNote} from './counting.js';

export function explorerView(root, params) {
  const state = {
    a: params.get('a'), b: params.get('b'), from: params.get('from') || '', to: params.get('to') || '',
    by: params.get('by') || 'month',
    modality: modalitiesFrom(params),
    period: params.get('period'),
  };
  const pa = actorPicker({id: 'actor-a', label: 'Actor', placeholder: 'e.g. Russia', onPick: a => { state.a = a.code; update(); }});
  const pb = actorPicker({id: 'actor-b', label: 'and actor', placeholder: 'e.g. China', onPick: b => { state.b = b.code; update(); }});
  const swap = h('button', {type: 'button', class: 'swap', title: 'Swap the two actors', text: '⇄', onclick: () => {
    [state.a, state.b] = [state.b, state.a];
    const va = pa.value, vb = pb.value;
    pb.set(va); pa.set(vb);
    update();
  }});
  const by = h('select', {id: 'by'}, ['week', 'month', 'year', 'day'].map(p =>
    h('option', {value: p, selected: p === state.by, text: 'by ' + p})));
  by.addEventListener('change', () => { state.by = by.value; state.period = null; update(); });
  const from = h('input', {type: 'date', id: 'from', value: state.from});
  const to = h('input', {type: 'date', id: 'to', value: state.to});
  from.addEventListener('change', () => { state.from = from.value; update(); });
  to.addEventListener('change', () => { state.to = to.value; update(); });
  const mods = modalityPicker(state.modality, list => { state.modality = list; update(); });

  const summary = h('div', {class: 'summary'});
  const chart = h('div', {class: 'chart-host', id: 'relation-chart'});
  const shiftBox = h('div', {class: 'shifts', id: 'shifts'});
  const events = h('section', {class: 'period-events', id: 'period-events'});
  clear(root).append(
    h('section', {class: 'panel controls'}, [
      h('div', {class: 'row'}, [pa.element, swap, pb.element]),
      h('div', {class: 'row'}, [h('label', {class: 'field'}, [h('span', {class: 'field-label', text: 'Period'}), by]),
        h('label', {class: 'field'}, [h('span', {class: 'field-label', text: 'From'}), from]),
        h('label', {class: 'field'}, [h('span', {class: 'field-label', text: 'To'}), to]),
        h('div', {class: 'field'}, [h('span', {class: 'field-label', text: 'Count modalities'}), mods])]),
    ]),
    h('section', {class: 'panel'}, [summary, chart, chartLegend(), shiftBox]),
    events);

  resolveName(state.a, pa);
  resolveName(state.b, pb);
  let seq = 0;
  update(true);

  async function update(initial) {
    if (!initial) {
      setHash('relations', {a: state.a, b: state.b, from: state.from, to: state.to, by: state.by,
        modality: state.modality.join(','), period: state.period});
    }
    clear(summary); clear(events); clear(shiftBox);
    if (!state.a || !state.b) {
      clear(chart).append(h('div', {class: 'empty', text: 'Pick two actors to see how their relationship moves,'
        + ' or start from one of the most active pairs:'}));
      suggestPairs(chart, (a, b) => {
        state.a = a.code; state.b = b.code; pa.set(a); pb.set(b); update();
      });
      return;
    }
    const mine = ++seq;
    summary.append(h('span', {class: 'muted', text: 'Loading…'}));
    try {
      const series = await api.relations({a: state.a, b: state.b, from: state.from, to: state.to, by: state.by,
        modality: state.modality});
      if (mine !== seq) return;
      names[series.a] = series.a_name; names[series.b] = series.b_name;
      const shifts = series.periods.filter(p => p.shift).length;
      clear(summary).append(
        h('h2', {}, [h('span', {title: series.a, text: series.a_name || series.a}), h('span', {class: 'muted', text: ' and '}),
          h('span', {title: series.b, text: series.b_name || series.b})]),
        h('div', {class: 'kpis'}, [
          kpi(fmtNum(series.events), 'events'),
          kpi(fmtIndex(series.index), 'net co-operation', indexClass(series.index)),
          kpi(String(shifts), shifts === 1 ? 'shift' : 'shifts'),
          kpi(String(series.periods.length), series.by + (series.periods.length === 1 ? '' : 's')),
          series.undated > 0 ? kpi(fmtNum(series.undated), 'undated (in the total, not on the chart)') : null,
        ]),
        countingNote(series.counting, 'Bars count events per ' + series.by + '; the line is the net index with'
          + ' its 95 % interval (the band): the fewer events behind a point, the wider the band and the paler the dot.'));
      const select = p => { state.period = p.period; drawRelationChart(chart, series, {onSelect: select, selected: p.period}); update.period(p); };
      drawRelationChart(chart, series, {onSelect: select, selected: state.period});
      renderShifts(shiftBox, series, p => select(series.periods.find(x => x.period === p) || {period: p}));
      const chosen = series.periods.find(p => p.period === state.period)
        || [...series.periods].reverse().find(p => p.events > 0);
      if (chosen) {
        drawRelationChart(chart, series, {onSelect: select, selected: chosen.period});
        showPeriod(chosen, 0);
      }
    } catch (e) {
      if (mine !== seq) return;
      clear(summary).append(h('div', {class: 'error', text: e.message}));
      clear(chart);
    }
  }

  const names = {};
  function nameOf(code) { return names[code] || code; }

  update.period = p => {
    setHash('relations', {a: state.a, b: state.b, from: state.from, to: state.to, by: state.by,
      modality: state.modality.join(','), period: p.period});
    showPeriod(p, 0);
  };

  async function showPeriod(p, offset) {
    clear(events).append(h('div', {class: 'muted', text: 'Loading events…'}));
    try {
      const page = await api.events({a: state.a, b: state.b, from: p.start, to: p.end, modality: state.modality,
        limit: 25, offset});
      clear(events).append(
        h('div', {class: 'section-head'}, [h('h3', {text: `Events in ${p.period}`}),
          h('span', {class: 'muted', text: `${fmtNum(page.total)} between ${nameOf(state.a)} and ${nameOf(state.b)}`}),
          evidenceKey()]),
        ...(page.items.length ? page.items.map(eventCard) : [h('div', {class: 'empty', text: 'No events in this period.'})]),
        ...(page.total > page.limit ? [pager(page, off => showPeriod(p, off))] : []));
    } catch (e) {
      clear(events).append(h('div', {class: 'error', text: e.message}));
    }
  }
}

async function suggestPairs(host, onPick) {
  try {
    const page = await api.pairs({limit: 8});
    const row = h('div', {class: 'pair-suggestions'}, page.items.map(p => h('button', {type: 'button', class: 'pair-chip',
      onclick: () => onPick({code: p.a, name: p.a_name}, {code: p.b, name: p.b_name})}, [
        h('b', {text: `${p.a_name || p.a} – ${p.b_name || p.b}`, title: `${p.a} – ${p.b}`}),
        h('span', {class: 'muted', text: ` ${fmtNum(p.events)} events · `}),
        h('span', {class: indexClass(p.index), text: fmtIndex(p.index)})])));
    host.append(row);
  } catch (e) { /* the pickers still work */ }
}

function renderShifts(box, series, onPick) {
  if (!series.shifts || series.shifts.length === 0) return;
  box.append(h('h3', {text: 'Shifts'}));
  for (const sh of series.shifts) {
    const dir = sh.direction === 'conflict' ? 'towards conflict' : 'towards co-operation';
    box.append(h('div', {class: 'shift ' + (sh.direction === 'conflict' ? 'neg' : 'pos')}, [
      h('button', {type: 'button', class: 'linkish', text: sh.period, onclick: () => onPick(sh.period)}),
      ` turned ${dir}: net index ${fmtIndex(sh.index)} against ${fmtIndex(sh.baseline)} before (z ${sh.z.toFixed(1)}, ${fmtNum(sh.events)} events)`,
    ]));
  }
}

function kpi(value, label, cls) {
  return h('div', {class: 'kpi'}, [h('div', {class: 'kpi-v ' + (cls || ''), text: value}), h('div', {class: 'kpi-l', text: label})]);
}

export function indexClass(x) {
  if (x === null || x === undefined) return '';
  return x > 0.15 ? 'pos' : x < -0.15 ? 'neg' : 'neutral';
}

async function resolveName(code, picker) {
  if (!code) return;
  picker.set({code});
  try {
    const hits = await api.actors(code, 20);
    const hit = hits.find(x => x.code === code);
    if (hit) picker.set(hit);
  } catch (e) { /* the code alone is still a valid label */ }
}
