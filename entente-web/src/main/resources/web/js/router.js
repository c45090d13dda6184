// Hash routes (#/relations?a=RUS&b=CHN, #/article/ID, ...): every view is a link an analyst can share.
import {query} from './api.js';

let handler = null;

export function parse() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, qs] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return {view: parts[0] || 'relations', id: parts[1] || null, params: new URLSearchParams(qs || '')};
}

/** Records the current state in the address without re-rendering. */
export function setHash(view, params) {
  history.replaceState(null, '', '#/' + view + query(params));
}

/** Navigates to another view (adds a history entry, renders it). */
export function go(view, params) {
  location.hash = '#/' + view + query(params);
}

export function start(render) {
  handler = render;
  window.addEventListener('hashchange', () => handler(parse()));
  handler(parse());
}
