// Thin client for the REST API: builds query strings, turns error bodies into readable messages.

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : 'HTTP ' + status);
    this.status = status;
    this.parameter = body ? body.parameter : undefined;
  }
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v === null || v === undefined || v === '') continue;
    q.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = q.toString();
  return s ? '?' + s : '';
}

export async function get(path, params) {
  const res = await fetch('api/' + path + query(params), {headers: {Accept: 'application/json'}});
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new ApiError(res.status, body);
  return body;
}

export const api = {
  stats: () => get('stats'),
  actors: (q, limit = 10) => get('actors', {q, limit}),
  relations: (p) => get('relations', p),
  pairs: (p) => get('pairs', p),
  events: (p) => get('events', p),
  event: (id) => get('events/' + encodeURIComponent(id)),
  article: (id) => get('articles/' + encodeURIComponent(id)),
  map: (p) => get('map', p),
  changes: (p) => get('changes', p),
};
