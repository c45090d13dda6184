// DOM helpers. Every piece of data reaches the page through textContent or setAttribute on a whitelisted
// attribute: article text is untrusted, so nothing here ever assigns innerHTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el, attrs, children) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.setAttribute('class', v);
    else if (k === 'text') el.textContent = String(v);
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (/^on/i.test(k) || k === 'style' || k === 'srcdoc') throw new Error('refusing attribute ' + k);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of [].concat(children || [])) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** h('div', {class: 'x'}, [child, 'text']) — strings become text nodes, never markup. */
export function h(tag, attrs, children) {
  return apply(document.createElement(tag), attrs, children);
}

export function s(tag, attrs, children) {
  return apply(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function $(sel, root = document) {
  return root.querySelector(sel);
}

export const QUAD_NAMES = {
  1: 'Verbal co-operation', 2: 'Material co-operation', 3: 'Verbal conflict', 4: 'Material conflict',
};

export const ROOT_NAMES = {
  '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to co-operate', '04': 'Consult',
  '05': 'Diplomatic co-operation', '06': 'Material co-operation', '07': 'Provide aid', '08': 'Yield',
  '09': 'Investigate', '10': 'Demand', '11': 'Disapprove', '12': 'Reject', '13': 'Threaten', '14': 'Protest',
  '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault', '19': 'Fight',
  '20': 'Mass violence',
};

export const MODALITIES = ['asserted', 'future', 'uncertain', 'hypothetical', 'negated'];

export function modalityBadge(m) {
  return h('span', {class: 'badge mod-' + m, title: MODALITY_HELP[m] || m, text: m});
}

const MODALITY_HELP = {
  asserted: 'The text says it happened or is happening',
  negated: 'The text says it did not or will not happen',
  future: 'Planned, promised, predicted or intended',
  hypothetical: 'Conditional, counterfactual, a question or a wish',
  uncertain: 'Hedged: reportedly, apparently, may have',
};

export function quadBadge(q) {
  return h('span', {class: 'badge quad q' + q, title: QUAD_NAMES[q] || '', text: 'Q' + q});
}

export function fmtNum(n) {
  return n === null || n === undefined ? '–' : Number(n).toLocaleString('en-GB');
}

export function fmtIndex(x) {
  if (x === null || x === undefined || Number.isNaN(x)) return '–';
  return (x > 0 ? '+' : '') + Number(x).toFixed(2);
}

/**
 * The sentence with the evidence spans highlighted. Spans are absolute offsets into the article's clean text;
 * the sentence starts at span[0], so each is shifted into the sentence. Overlaps and out-of-range spans are
 * clipped rather than trusted.
 */
export function evidenceSentence(text, span, evidence) {
  const base = span ? span[0] : 0;
  const marks = [];
  for (const role of ['source', 'verb', 'target']) {
    const sp = evidence && evidence[role];
    if (sp && sp.length === 2) marks.push({start: sp[0] - base, end: sp[1] - base, cls: 'ev-' + role, role});
  }
  return highlight(text, marks, 'sentence');
}

/** Splits text at every mark boundary; each piece becomes a text node, wrapped in a span when marked. */
export function highlight(text, marks, cls) {
  const root = h('span', {class: cls});
  const len = text.length;
  const clean = marks
    .map(m => ({...m, start: Math.max(0, Math.min(len, m.start)), end: Math.max(0, Math.min(len, m.end))}))
    .filter(m => m.end > m.start);
  const cuts = new Set([0, len]);
  for (const m of clean) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const active = clean.filter(m => m.start <= a && m.end >= b);
    if (active.length === 0) { root.append(document.createTextNode(piece)); continue; }
    const classes = [...new Set(active.map(m => m.cls))].join(' ');
    const attrs = {class: classes, text: piece};
    const withTitle = active.find(m => m.title);
    if (withTitle) attrs.title = withTitle.title;
    const withData = active.filter(m => m.data).map(m => m.data);
    if (withData.length) attrs.dataset = Object.assign({}, ...withData);
    root.append(h('span', attrs));
  }
  return root;
}
