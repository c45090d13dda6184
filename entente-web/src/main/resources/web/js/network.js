// Network view: countries as nodes, one edge per pair, coloured by net co-operation (red conflict .. green
// co-operation) and as thick as its volume. Click an edge -> that pair in the relationship explorer.
import {h, s, clear, fmtNum, fmtIndex} from './dom.js';
import {modalitiesFrom, modalityPicker, countingNote} from './counting.js';
import {api} from './api.js';
import {setHash, go} from './router.js';

export function networkView(root, params) {
  const state = {from: params.get('from') || '', to: params.get('to') || '',
    limit: Number(params.get('limit')) || 60, modality: modalitiesFrom(params)};
  const from = h('input', {type: 'date', id: 'net-from', value: state.from});
  const to = h('input', {type: 'date', id: 'net-to', value: state.to});
  const limit = h('select', {id: 'net-limit'}, [20, 40, 60, 100, 200].map(n =>
    h('option', {value: n, selected: n === state.limit, text: `top ${n} pairs`})));
  for (const el of [from, to, limit]) el.addEventListener('change', () => {
    state.from = from.value; state.to = to.value; state.limit = Number(limit.value); load();
  });
  const mods = modalityPicker(state.modality, list => { state.modality = list; load(); });
  const note = h('div', {class: 'net-counting'});
  const host = h('div', {class: 'net-host', id: 'network'});
  const info = h('div', {class: 'net-info muted', text: 'Hover an edge for its figures; click it to open the pair.'});
  clear(root).append(
    h('section', {class: 'panel controls'}, [h('div', {class: 'row'}, [
      h('label', {class: 'field'}, [h('span', {class: 'field-label', text: 'From'}), from]),
      h('label', {class: 'field'}, [h('span', {class: 'field-label', text: 'To'}), to]),
      h('label', {class: 'field'}, [h('span', {class: 'field-label', text: 'Show'}), limit]),
      h('div', {class: 'field'}, [h('span', {class: 'field-label', text: 'Count modalities'}), mods]),
      netLegend()])]),
    h('section', {class: 'panel'}, [note, host, info]));
  load();

  async function load() {
    setHash('network', {from: state.from, to: state.to, limit: state.limit, modality: state.modality.join(',')});
    clear(host).append(h('div', {class: 'muted', text: 'Loading…'}));
    try {
      // the same ranking, with the same counting, as the start page's pairs and the explorer's totals
      const page = await api.pairs({from: state.from, to: state.to, level: 'country', limit: state.limit,
        modality: state.modality});
      clear(note).append(countingNote(page.counting, `Top ${fmtNum(Math.min(state.limit, page.total))} of`
        + ` ${fmtNum(page.total)} pairs; node size = events with the pairs shown.`));
      draw(host, info, page.items.filter(p => p.a && p.b && p.a !== p.b), state);
    } catch (e) {
      clear(host).append(h('div', {class: 'error', text: e.message}));
    }
  }
}

/** Red for conflict, grey for balance, green for co-operation. */
export function indexColour(x) {
  const t = Math.max(-1, Math.min(1, x || 0));
  const grey = [150, 156, 166], green = [26, 152, 80], red = [215, 48, 39];
  const end = t >= 0 ? green : red;
  const k = Math.abs(t);
  const c = grey.map((g, i) => Math.round(g + (end[i] - g) * k));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function draw(host, info, pairs, state) {
  clear(host);
  if (pairs.length === 0) {
    host.append(h('div', {class: 'empty', text: 'No pairs of countries with events in this period.'}));
    return;
  }
  const width = Math.max(560, host.clientWidth || 900), height = 560;
  const nodes = new Map();
  for (const p of pairs) {
    for (const [code, name] of [[p.a, p.a_name], [p.b, p.b_name]]) {
      if (!nodes.has(code)) nodes.set(code, {code, name, events: 0});
      nodes.get(code).events += p.events;
    }
  }
  const list = [...nodes.values()].sort((a, b) => b.events - a.events || a.code.localeCompare(b.code));
  layout(list, pairs, width, height);
  const maxE = Math.max(...pairs.map(p => p.events));
  const maxN = Math.max(...list.map(n => n.events));
  const svg = s('svg', {class: 'network', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Network of countries'});
  const edges = s('g', {class: 'edges'});
  for (const p of [...pairs].sort((a, b) => a.events - b.events)) {
    const A = nodes.get(p.a), B = nodes.get(p.b);
    const w = 1.5 + 10 * Math.sqrt(p.events / maxE);
    const line = s('line', {x1: A.x, y1: A.y, x2: B.x, y2: B.y, stroke: indexColour(p.index), 'stroke-width': w,
      class: 'edge', dataset: {a: p.a, b: p.b}});
    const label = `${p.a_name || p.a} – ${p.b_name || p.b}: ${fmtNum(p.events)} events, net index ${fmtIndex(p.index)}`;
    line.append(s('title', {text: label}));
    line.addEventListener('mouseenter', () => {
      clear(info).append(h('b', {text: `${p.a_name || p.a} – ${p.b_name || p.b}`}),
        ` · ${fmtNum(p.events)} events · net index ${fmtIndex(p.index)} · Q1 ${p.q1} · Q2 ${p.q2} · Q3 ${p.q3} · Q4 ${p.q4}`);
    });
    line.addEventListener('click', () => go('relations', {a: p.a, b: p.b, from: state.from, to: state.to,
      modality: state.modality.join(',')}));
    edges.append(line);
  }
  svg.append(edges);
  const gnodes = s('g', {class: 'nodes'});
  for (const n of list) {
    const r = 6 + 16 * Math.sqrt(n.events / maxN);
    const g = s('g', {class: 'node', transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})`, dataset: {code: n.code}});
    n.r = r;
    n.label = s('text', {class: 'node-label', y: r + 13, 'text-anchor': 'middle', text: n.name || n.code});
    g.append(s('circle', {r}), n.label);
    g.append(s('title', {text: `${n.name || n.code} (${n.code}): ${fmtNum(n.events)} events with the countries shown; click for its events`}));
    g.addEventListener('click', () => go('events', {actor: n.code, from: state.from, to: state.to,
      modality: state.modality.join(',')}));
    gnodes.append(g);
  }
  svg.append(gnodes);
  host.append(svg);
  placeLabels(list, svg);
}

/**
 * Labels that never overlap: busiest countries first, each tries below, above, right and left of its node and
 * takes the first place that touches no label already placed and no other node; a label with no free place is
 * hidden (its name stays in the node's tooltip). Sizes are measured in the page, so any font works.
 */
function placeLabels(nodes, svg) {
  const placed = [];
  const circles = nodes.map(n => ({x: n.x, y: n.y, r: n.r}));
  const hits = (b) => placed.some(o => b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h)
    || circles.some(c => {
      const nx = Math.max(b.x, Math.min(c.x, b.x + b.w)), ny = Math.max(b.y, Math.min(c.y, b.y + b.h));
      return Math.hypot(nx - c.x, ny - c.y) < c.r - 0.5;
    });
  const width = Number(svg.getAttribute('width')), height = Number(svg.getAttribute('height'));
  for (const n of nodes) {
    const t = n.label;
    const box = t.getBBox();
    const w = box.width + 4, hgt = box.height + 2;
    const options = [[0, n.r + 13, 'middle'], [0, -n.r - 5, 'middle'], [n.r + 4, 4, 'start'], [-n.r - 4, 4, 'end']];
    let ok = false;
    for (const [dx, dy, anchor] of options) {
      const left = anchor === 'middle' ? n.x + dx - w / 2 : anchor === 'start' ? n.x + dx - 2 : n.x + dx - w + 2;
      const b = {x: left, y: n.y + dy - hgt + 3, w, h: hgt};
      if (b.x < 0 || b.y < 0 || b.x + b.w > width || b.y + b.h > height || hits(b)) continue;
      t.setAttribute('x', dx); t.setAttribute('y', dy); t.setAttribute('text-anchor', anchor);
      placed.push(b);
      ok = true;
      break;
    }
    if (!ok) t.setAttribute('class', 'node-label hidden-label');
  }
}

/**
 * A small deterministic force layout: nodes start on a circle (busiest first), edges pull, all nodes repel,
 * a weak pull to the centre keeps the picture together. 300 rounds is plenty for a few hundred nodes.
 */
function layout(nodes, pairs, width, height) {
  const cx = width / 2, cy = height / 2, R = Math.min(width, height) * 0.38;
  nodes.forEach((n, i) => {
    const t = (2 * Math.PI * i) / nodes.length;
    n.x = cx + R * Math.cos(t); n.y = cy + R * Math.sin(t);
  });
  const byCode = new Map(nodes.map(n => [n.code, n]));
  const maxE = Math.max(...pairs.map(p => p.events));
  const ideal = Math.max(60, R * 1.6 / Math.sqrt(nodes.length));
  for (let round = 0; round < 300; round++) {
    const cool = 1 - round / 300;
    for (const n of nodes) { n.dx = (cx - n.x) * 0.01; n.dy = (cy - n.y) * 0.01; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i], b = nodes[j];
        let dx = a.x - b.x, dy = a.y - b.y;
        const d2 = Math.max(dx * dx + dy * dy, 1);
        const f = (ideal * ideal) / d2;
        dx *= f * 0.05; dy *= f * 0.05;
        a.dx += dx; a.dy += dy; b.dx -= dx; b.dy -= dy;
      }
    }
    for (const p of pairs) {
      const a = byCode.get(p.a), b = byCode.get(p.b);
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const k = 0.02 * (0.5 + Math.sqrt(p.events / maxE)) * (d - ideal) / d;
      a.dx += dx * k; a.dy += dy * k; b.dx -= dx * k; b.dy -= dy * k;
    }
    for (const n of nodes) {
      const step = Math.hypot(n.dx, n.dy), cap = 20 * cool + 1;
      const f = step > cap ? cap / step : 1;
      n.x = Math.max(40, Math.min(width - 40, n.x + n.dx * f));
      n.y = Math.max(30, Math.min(height - 40, n.y + n.dy * f));
    }
  }
}

function netLegend() {
  return h('div', {class: 'legend net-legend'}, [
    h('span', {}, [h('i', {class: 'sw grad'}), 'conflict … co-operation (net index)']),
    h('span', {class: 'muted', text: 'edge width = events'}),
  ]);
}
