// The relationship chart, hand-written SVG: co-operation stacks above the zero line (Q1 verbal, Q2 material),
// conflict below it (Q3 verbal, Q4 material), the net co-operation index as a line on the right axis (-1..+1,
// sharing the zero line), and shifts flagged above the bars. Clicking a period selects it.
import {h, s, clear, fmtNum, fmtIndex, QUAD_NAMES} from './dom.js';

const M = {top: 28, right: 52, bottom: 44, left: 52};

function niceMax(v) {
  if (v <= 5) return 5;
  const p = Math.pow(10, Math.floor(Math.log10(v)));
  for (const k of [1, 2, 2.5, 5, 10]) if (k * p >= v) return k * p;
  return 10 * p;
}

export function drawRelationChart(host, series, {onSelect, selected} = {}) {
  clear(host);
  const periods = series.periods || [];
  if (periods.length === 0) {
    host.append(h('div', {class: 'empty', text: 'No events between these actors for the chosen dates and modalities.'}));
    return;
  }
  const width = Math.max(480, host.clientWidth || 900);
  // a strip under the chart for tone (GDELT's AvgTone of the events' articles), where the store has it
  const tones = periods.map(p => (p.tone === null || p.tone === undefined) ? null : p.tone);
  const hasTone = tones.some(t => t !== null);
  const TONE_H = hasTone ? 64 : 0;
  const height = 330 + TONE_H;
  const iw = width - M.left - M.right, ih = height - M.top - M.bottom - TONE_H;
  const up = Math.max(...periods.map(p => p.q1 + p.q2));
  const down = Math.max(...periods.map(p => p.q3 + p.q4));
  const top = niceMax(Math.max(up, down, 1));
  const y = v => M.top + ih / 2 - (v / top) * (ih / 2);        // counts: -top..top
  const yi = v => M.top + ih / 2 - v * (ih / 2);                // index: -1..1, same zero
  const band = iw / periods.length;
  const x = i => M.left + i * band;
  const bw = Math.max(2, Math.min(48, band * 0.72));

  const svg = s('svg', {class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `Events between ${series.a} and ${series.b} by ${series.by}`});

  // grid and axes
  const grid = s('g', {class: 'grid'});
  for (const f of [-1, -0.5, 0, 0.5, 1]) {
    const yy = y(f * top);
    grid.append(s('line', {x1: M.left, x2: M.left + iw, y1: yy, y2: yy, class: f === 0 ? 'zero' : ''}));
    grid.append(s('text', {x: M.left - 8, y: yy + 4, class: 'axis-l', text: fmtNum(Math.abs(f * top))}));
    grid.append(s('text', {x: M.left + iw + 8, y: yy + 4, class: 'axis-r', text: fmtIndex(f)}));
  }
  grid.append(s('text', {x: 14, y: M.top + ih * 0.25, class: 'axis-title', transform: `rotate(-90 14 ${M.top + ih * 0.25})`, text: 'co-operation'}));
  grid.append(s('text', {x: 14, y: M.top + ih * 0.75, class: 'axis-title', transform: `rotate(-90 14 ${M.top + ih * 0.75})`, text: 'conflict'}));
  grid.append(s('text', {x: width - 10, y: M.top + ih / 2, class: 'axis-title', transform: `rotate(90 ${width - 10} ${M.top + ih / 2})`, text: 'net index'}));
  svg.append(grid);

  // period labels: as many as fit without touching (a day label is wider than a year's)
  const longest = Math.max(...periods.map(p => String(p.period).length));
  const labelWidth = 7 * longest + 14;
  const every = Math.max(1, Math.ceil(periods.length / Math.max(1, Math.floor(iw / labelWidth))));
  const labels = s('g', {class: 'labels'});
  periods.forEach((p, i) => {
    if (i % every === 0) labels.append(s('text', {x: x(i) + band / 2, y: M.top + ih + 18, text: p.period}));
  });
  svg.append(labels);

  const bars = s('g', {class: 'bars'});
  const tip = h('div', {class: 'tip', hidden: true});
  periods.forEach((p, i) => {
    const g = s('g', {class: 'period' + (selected === p.period ? ' selected' : ''), dataset: {period: p.period}});
    g.append(s('rect', {class: 'hit', x: x(i), y: M.top, width: band, height: ih}));
    const cx = x(i) + (band - bw) / 2;
    let acc = 0;
    for (const q of [2, 1]) {                       // material co-operation nearest the axis
      const v = p['q' + q];
      if (v > 0) g.append(s('rect', {class: 'q' + q, x: cx, y: y(acc + v), width: bw, height: y(acc) - y(acc + v)}));
      acc += v;
    }
    acc = 0;
    for (const q of [4, 3]) {
      const v = p['q' + q];
      if (v > 0) g.append(s('rect', {class: 'q' + q, x: cx, y: y(-acc), width: bw, height: y(-(acc + v)) - y(-acc)}));
      acc += v;
    }
    if (p.shift) {
      g.append(s('line', {class: 'shift-line', x1: x(i) + band / 2, x2: x(i) + band / 2, y1: M.top - 6, y2: M.top + ih}));
      g.append(s('path', {class: 'shift-mark', d: `M${x(i) + band / 2 - 6},${M.top - 16} h12 l-6,9 z`}));
    }
    g.addEventListener('mousemove', ev => showTip(tip, host, ev, p));
    g.addEventListener('mouseleave', () => { tip.hidden = true; });
    g.addEventListener('click', () => onSelect && onSelect(p));
    bars.append(g);
  });
  svg.append(bars);

  // the index's 95 % interval per period: a tall band where one or two events stand behind the point
  const bandG = s('g', {class: 'index-band'});
  periods.forEach((p, i) => {
    if (p.index_low === null || p.index_low === undefined) return;
    const w = Math.max(3, Math.min(bw, 18));
    bandG.append(s('rect', {x: x(i) + (band - w) / 2, y: yi(p.index_high), width: w,
      height: Math.max(1, yi(p.index_low) - yi(p.index_high))}));
  });
  svg.append(bandG);

  // net index line: solid between neighbouring periods, dashed across quiet ones (no events, no index)
  const pts = periods.map((p, i) => (p.index === null || p.index === undefined) ? null
    : {i, x: x(i) + band / 2, y: yi(p.index)});
  const known = pts.filter(Boolean);
  let solid = '', dashed = '';
  for (let k = 1; k < known.length; k++) {
    const a = known[k - 1], b = known[k];
    const seg = `M${a.x.toFixed(1)},${a.y.toFixed(1)}L${b.x.toFixed(1)},${b.y.toFixed(1)}`;
    if (b.i === a.i + 1) solid += seg; else dashed += seg;
  }
  svg.append(s('path', {class: 'index-line gap', d: dashed}));
  svg.append(s('path', {class: 'index-line', d: solid || (known.length ? `M${known[0].x},${known[0].y}` : '')}));
  const dots = s('g', {class: 'index-dots'});
  periods.forEach((p, i) => {
    if (p.index !== null && p.index !== undefined) {
      // a point resting on few events is drawn pale: full strength from 10 events up
      const strength = Math.min(1, 0.25 + 0.75 * Math.sqrt(Math.min(p.events, 10) / 10));
      dots.append(s('circle', {cx: x(i) + band / 2, cy: yi(p.index), r: 3.2, opacity: strength.toFixed(2),
        'data-events': p.events}));
    }
  });
  svg.append(dots);
  if (hasTone) svg.append(toneStrip(periods, tones, x, band, bw, M.top + ih + 30, TONE_H - 16, M.left, iw));
  host.append(svg, tip);
}

/**
 * Mean tone per period beside the co-operation index: bars up for positive, down for negative wording, on their own
 * scale (at least +-2, GDELT's AvgTone is 100 x (positive - negative words) / words), so the two measures can be
 * read side by side without one rescaling the other.
 */
function toneStrip(periods, tones, x, band, bw, top, h, left, iw) {
  const g = s('g', {class: 'tone-strip'});
  const max = Math.max(2, ...tones.filter(t => t !== null).map(Math.abs));
  const mid = top + h / 2;
  g.append(s('line', {x1: left, x2: left + iw, y1: mid, y2: mid, class: 'tone-zero'}));
  g.append(s('text', {x: left - 8, y: top + 8, class: 'axis-l', text: '+' + max.toFixed(1)}));
  g.append(s('text', {x: left - 8, y: top + h, class: 'axis-l', text: '−' + max.toFixed(1)}));
  g.append(s('text', {x: left + iw + 8, y: mid + 4, class: 'axis-r', text: 'tone'}));
  periods.forEach((p, i) => {
    const t = tones[i];
    if (t === null) return;
    const hh = Math.max(1, Math.abs(t) / max * (h / 2));
    const w = Math.max(2, Math.min(bw, 18));
    const r = s('rect', {class: 'tone ' + (t >= 0 ? 'tone-pos' : 'tone-neg'), x: x(i) + (band - w) / 2,
      y: t >= 0 ? mid - hh : mid, width: w, height: hh, 'data-tone': t});
    r.append(s('title', {text: `${p.period}: tone ${t > 0 ? '+' : ''}${Number(t).toFixed(2)}`}));
    g.append(r);
  });
  return g;
}

function showTip(tip, host, ev, p) {
  clear(tip);
  tip.append(h('strong', {text: p.period + (p.shift ? '  · shift' : '')}));
  tip.append(h('div', {text: `${fmtNum(p.events)} ${p.events === 1 ? 'event' : 'events'} · net index ${fmtIndex(p.index)}`}));
  if (p.index_low !== null && p.index_low !== undefined) {
    tip.append(h('div', {class: 'muted', text: `95 % interval ${fmtIndex(p.index_low)} … ${fmtIndex(p.index_high)}`
      + (p.events < 5 ? ' (few events: read with care)' : '')}));
  }
  for (const q of [1, 2, 3, 4]) {
    tip.append(h('div', {class: 'tip-row'}, [h('i', {class: 'sw q' + q}), `${QUAD_NAMES[q]}: ${fmtNum(p['q' + q])}`]));
  }
  if (p.tone !== null && p.tone !== undefined) {
    tip.append(h('div', {class: 'muted', text: `tone ${p.tone > 0 ? '+' : ''}${Number(p.tone).toFixed(2)}`}));
  }
  tip.append(h('div', {class: 'tip-hint', text: 'Click to list these events'}));
  const r = host.getBoundingClientRect();
  tip.hidden = false;
  const left = Math.min(ev.clientX - r.left + 14, r.width - 230);
  tip.style.left = left + 'px';
  tip.style.top = (ev.clientY - r.top + 10) + 'px';
}

export function chartLegend() {
  return h('div', {class: 'legend'}, [
    ...[1, 2, 3, 4].map(q => h('span', {}, [h('i', {class: 'sw q' + q}), QUAD_NAMES[q]])),
    h('span', {}, [h('i', {class: 'sw line'}), 'Net co-operation index (right axis)']),
    h('span', {}, [h('i', {class: 'sw band'}), '95 % interval of the index (wide = few events)']),
    h('span', {}, [h('i', {class: 'sw shift'}), 'Shift']),
    h('span', {}, [h('i', {class: 'sw tonesw'}), 'Tone of the events\' articles (strip below; AvgTone, own scale)']),
  ]);
}
