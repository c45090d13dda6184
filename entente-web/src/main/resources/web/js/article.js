// Article view: the clean text with every actor mention and every event (verb, source, target) highlighted.
// The text is untrusted: it is cut into pieces and each piece goes in as a text node.
import {h, clear, highlight, modalityBadge, quadBadge, ROOT_NAMES, fmtNum} from './dom.js';
import {api} from './api.js';

export async function articleView(root, id, params) {
  clear(root).append(h('div', {class: 'muted', text: 'Loading article…'}));
  let a;
  try {
    a = await api.article(id);
  } catch (e) {
    clear(root).append(h('div', {class: 'error', text: e.message}));
    return;
  }
  const focus = params.get('event');
  const marks = [];
  for (const m of a.actors) {
    marks.push({start: m.span[0], end: m.span[1], cls: 'sp-actor',
      title: `${m.name || m.code} (${m.code})${m.kind ? ' · ' + m.kind : ''}${m.dictionary ? ' · ' + m.dictionary : ''}`});
  }
  for (const e of a.events) {
    const f = e.id === focus ? ' focus' : '';
    if (e.evidence && e.evidence.verb) {
      marks.push({start: e.evidence.verb[0], end: e.evidence.verb[1], cls: 'sp-verb q' + e.quad + f,
        title: `CAMEO ${e.code} ${ROOT_NAMES[e.code.slice(0, 2)] || ''} · ${e.source_name || e.source || '—'} → ${e.target_name || e.target || '—'} · ${e.modality}`,
        data: {event: e.id}});
    }
    if (f) {
      for (const role of ['source', 'target']) {
        const sp = e.evidence && e.evidence[role];
        if (sp) marks.push({start: sp[0], end: sp[1], cls: 'focus-' + role});
      }
      if (e.span) marks.push({start: e.span[0], end: e.span[1], cls: 'focus-sentence'});
    }
  }
  const body = highlight(a.text || '', marks, 'article-text');
  body.id = 'article-text';

  const evList = h('ol', {class: 'art-events'}, a.events.map(e => {
    const li = h('li', {class: e.id === focus ? 'focus' : '', dataset: {event: e.id}, title: 'Show it in the text'}, [
      h('div', {class: 'li-top'}, [h('span', {class: 'dyad', title: `${e.source || '—'} → ${e.target || '—'}`,
        text: `${e.source_name || e.source || '—'} → ${e.target_name || e.target || '—'}`}),
        quadBadge(e.quad), modalityBadge(e.modality)]),
      h('div', {class: 'cameo muted', text: `${e.code} ${ROOT_NAMES[e.code.slice(0, 2)] || ''}`})]);
    li.addEventListener('click', () => {
      const v = body.querySelector(`[data-event="${CSS.escape(e.id)}"]`);
      if (v) { v.scrollIntoView({block: 'center', behavior: 'smooth'}); flash(v); }
    });
    return li;
  }));
  const actorCounts = new Map(), actorNames = new Map();
  for (const m of a.actors) {
    actorCounts.set(m.code, (actorCounts.get(m.code) || 0) + 1);
    if (m.name) actorNames.set(m.code, m.name);
  }
  const acList = h('ul', {class: 'art-actors'}, [...actorCounts.entries()].sort((x, y) => y[1] - x[1]).map(([c, n]) =>
    h('li', {}, [h('a', {href: '#/events?actor=' + encodeURIComponent(c), title: c, text: actorNames.get(c) || c}),
      h('span', {class: 'muted', text: ' ×' + n})])));

  clear(root).append(h('div', {class: 'article-layout'}, [
    h('section', {class: 'panel article'}, [
      h('h2', {id: 'article-title', text: a.title || a.name || a.id}),
      h('div', {class: 'meta'}, [a.date ? h('span', {text: a.date}) : null, a.outlet ? h('span', {text: a.outlet}) : null,
        a.author ? h('span', {text: a.author}) : null,
        a.url ? h('a', {href: safeUrl(a.url), rel: 'noopener noreferrer', target: '_blank', text: a.url}) : null,
        h('span', {class: 'muted', text: `${fmtNum(a.actors.length)} actor mentions · ${fmtNum(a.events.length)} event mentions`})]),
      reportLinks('art-matches', `This id names ${(a.matches || []).length} stored articles:`, a.matches, a.id),
      reportLinks('art-copies', 'The same text, each a report of its own, from:', a.copies, a.id),
      h('div', {class: 'legend'}, [h('span', {class: 'sp-actor', text: 'actor'}), h('span', {class: 'sp-verb q1', text: 'co-operation verb'}),
        h('span', {class: 'sp-verb q4', text: 'conflict verb'})]),
      body]),
    h('aside', {class: 'panel side'}, [h('h3', {text: `${a.events.length} events`}), evList,
      h('h3', {text: `${actorCounts.size} actors`}), acList]),
  ]));
  const f = focus && body.querySelector('.focus');
  if (f) f.scrollIntoView({block: 'center'});
}

// Other stored articles to open by their own id: the matches of an id given to several articles (shown only when
// there are several), or the other outlets' copies of a syndicated text.
function reportLinks(cls, label, refs, self) {
  const others = (refs || []).filter(r => r.id !== self);
  if (!others.length) return null;
  return h('div', {class: 'meta ' + cls}, [h('span', {class: 'muted', text: label}),
    ...others.map(r => h('a', {href: '#/article/' + encodeURIComponent(r.id),
      text: (r.outlet || r.name || r.id) + (r.date ? ' (' + r.date + ')' : '')}))]);
}

function flash(el) {
  el.classList.add('flash');
  setTimeout(() => el.classList.remove('flash'), 1200);
}

/** Only http(s) links leave the dashboard; anything else (javascript:, data:) is dropped to '#'. */
function safeUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch (e) {
    return '#';
  }
}
