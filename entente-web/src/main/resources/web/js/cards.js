// How one event looks wherever it is listed: who did what to whom, the evidence sentence with the source actor,
// the verb and the target highlighted, and a modality badge saying what the text commits to.
import {h, evidenceSentence, modalityBadge, quadBadge, ROOT_NAMES, fmtNum} from './dom.js';

/** An actor as a reader names it ("Russian government"), its code ("RUSGOV") on hover. */
export function actorLabel(code, country, name) {
  if (!code) return h('span', {class: 'actor none', title: 'no actor in the sentence', text: '—'});
  return h('span', {class: 'actor', title: code + (country && !code.startsWith(country) ? ' · country ' + country : ''),
    'data-code': code, text: name || code});
}

export function eventCard(e) {
  const head = h('div', {class: 'ev-head'}, [
    h('span', {class: 'date', text: e.date || 'undated'}),
    h('span', {class: 'dyad'}, [actorLabel(e.source, e.source_country, e.source_name),
      h('span', {class: 'arrow', text: ' → '}), actorLabel(e.target, e.target_country, e.target_name)]),
    h('span', {class: 'cameo', title: 'CAMEO ' + e.code + (e.plover ? ' · PLOVER ' + e.plover : '')},
      [h('b', {text: e.code}), ' ' + (ROOT_NAMES[e.root] || '')]),
    quadBadge(e.quad),
    modalityBadge(e.modality),
    h('span', {class: 'gs', title: 'Goldstein score: -10 most conflictual … +10 most co-operative',
      text: 'Goldstein ' + (e.goldstein > 0 ? '+' : '') + Number(e.goldstein).toFixed(1)}),
    e.articles > 1 ? h('span', {class: 'muted', text: `${e.articles} articles · ${e.sources} ${e.sources === 1 ? 'outlet' : 'outlets'}`}) : null,
  ]);
  const foot = h('div', {class: 'ev-foot'}, [
    h('a', {href: '#/article/' + encodeURIComponent(e.article_id) + '?event=' + encodeURIComponent(e.id),
      class: 'article-link', text: e.title || e.article_id}),
    e.outlet ? h('span', {class: 'outlet', text: e.outlet}) : null,
    h('a', {href: '#/event/' + encodeURIComponent(e.id), class: 'mentions-link',
      text: fmtNum(e.mentions) + (e.mentions === 1 ? ' mention' : ' mentions')}),
  ]);
  return h('article', {class: 'event-card', dataset: {event: e.id}}, [head,
    h('blockquote', {class: 'evidence'}, [evidenceSentence(e.text || '', e.span, e.evidence)]), foot]);
}

export function evidenceKey() {
  return h('div', {class: 'evkey'}, ['Evidence: ', h('span', {class: 'ev-source', text: 'source actor'}), ' ',
    h('span', {class: 'ev-verb', text: 'event verb'}), ' ', h('span', {class: 'ev-target', text: 'target actor'})]);
}

export function pager(page, onGo) {
  const last = Math.max(0, Math.ceil(page.total / page.limit) - 1);
  const cur = Math.floor(page.offset / page.limit);
  const from = page.total === 0 ? 0 : page.offset + 1;
  const to = Math.min(page.total, page.offset + page.items.length);
  return h('div', {class: 'pager'}, [
    h('button', {type: 'button', disabled: cur <= 0, onclick: () => onGo((cur - 1) * page.limit), text: '‹ Newer'}),
    h('span', {text: `${fmtNum(from)}–${fmtNum(to)} of ${fmtNum(page.total)}`}),
    h('button', {type: 'button', disabled: cur >= last, onclick: () => onGo((cur + 1) * page.limit), text: 'Older ›'}),
  ]);
}
