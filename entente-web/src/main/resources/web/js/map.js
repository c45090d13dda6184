// Map view: where events happen. Countries shaded by the events they took part in (as source or target
// country), located events as points (one per place, area = events), both for the dates, modalities and actor
// chosen. The world outline ships with the dashboard (world.json, derived by scripts/derive-world-map.sh from
// Natural Earth via world-atlas): no tile server, nothing fetched from outside.
import {h, s, clear, fmtNum} from './dom.js';
import {api, get} from './api.js';
import {actorPicker} from './typeahead.js';
import {eventCard, evidenceKey} from './cards.js';
import {setHash, go} from './router.js';
import {modalitiesFrom, modalityPicker, countingNote} from './counting.js';

// equirectangular, cut to the inhabited latitudes so the picture is not half polar ice
const LAT_TOP = 84, LAT_BOTTOM = -57;
let world = null;

export function mapView(root, params) {
  const state = {actor: params.get('actor') || '', from: params.get('from') || '', to: params.get('to') || '',
    modality: modalitiesFrom(params)};
  const picker = actorPicker({id: 'map-actor', label: 'Actor (optional)', placeholder: 'e.g. Russia',
    onPick: a => { state.actor = a.code; load(); }});
  if (state.actor) picker.set({code: state.actor});
  const clearActor = h('button', {type: 'button', class: 'linkish', text: 'all actors',
    onclick: () => { state.actor = ''; picker.set(null); load(); }});
  const from = h('input', {type: 'date', id: 'map-from', value: state.from});
  const to = h('input', {type: 'date', id: 'map-to', value: state.to});
  for (const el of [from, to]) el.addEventListener('change', () => { state.from = from.value; state.to = to.value; load(); });
  const mods = modalityPicker(state.modality, list => { state.modality = list; load(); });
  const note = h('div', {class: 'map-counting'});
  const host = h('div', {class: 'map-host', id: 'map'});
  const place = h('section', {class: 'period-events', id: 'map-events'});
  clear(root).append(
    h('section', {class: 'panel controls'}, [h('div', {class: 'row'}, [picker.element, clearActor,
      h('label', {class: 'field'}, [h('span', {class: 'field-label', text: 'From'}), from]),
      h('label', {class: 'field'}, [h('span', {class: 'field-label', text: 'To'}), to]),
      h('div', {class: 'field'}, [h('span', {class: 'field-label', text: 'Count modalities'}), mods])])]),
    h('section', {class: 'panel'}, [note, host, mapLegend()]),
    place);
  load();

  async function load() {
    setHash('map', {actor: state.actor, from: state.from, to: state.to, modality: state.modality.join(',')});
    clear(host).append(h('div', {class: 'muted', text: 'Loading…'}));
    clear(place);
    try {
      if (!world) world = await fetch('world.json').then(r => { if (!r.ok) throw new Error('world map missing'); return r.json(); });
      const data = await api.map({actor: state.actor, from: state.from, to: state.to, modality: state.modality});
      const unplaced = data.events - data.placed;
      clear(note).append(countingNote(data.counting, 'Countries: events each took part in.' + (data.placed > 0
        ? ` Points: the ${fmtNum(data.placed)} of ${fmtNum(data.events)} events the gazetteer could place`
          + (unplaced > 0 ? ` (the other ${fmtNum(unplaced)} name no place it knows: counted by country only).` : '.')
        : '')));
      draw(host, data, state, ids => showPlace(place, ids));
    } catch (e) {
      clear(host).append(h('div', {class: 'error', text: e.message}));
    }
  }
}

function project(lon, lat, w, hgt) {
  const y = (LAT_TOP - Math.max(LAT_BOTTOM, Math.min(LAT_TOP, lat))) / (LAT_TOP - LAT_BOTTOM) * hgt;
  return [(lon + 180) / 360 * w, y];
}

/** Light to dark blue on a log scale: a country with ten times the events is a clear step darker. */
function shade(n, max) {
  if (!n) return '#eef1f5';
  const t = Math.log1p(n) / Math.log1p(max);
  const lo = [205, 222, 240], hi = [23, 63, 122];
  const c = lo.map((v, i) => Math.round(v + (hi[i] - v) * t));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function draw(host, data, state, onPlace) {
  clear(host);
  const width = Math.max(320, host.clientWidth || 960);
  const height = Math.round(width * (LAT_TOP - LAT_BOTTOM) / 360);
  const svg = s('svg', {class: 'worldmap', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Map of events'});
  const counts = new Map(data.countries.map(c => [c.country, c]));
  const max = Math.max(1, ...data.countries.map(c => c.events));
  const land = s('g', {class: 'countries'});
  for (const c of world.countries) {
    let d = '';
    for (const ring of c.rings) {
      // rings unwrapped across the antimeridian run past +-180: draw them again from the other side
      let lo = Infinity, hi = -Infinity, north = -90;
      for (let i = 0; i < ring.length; i += 2) {
        lo = Math.min(lo, ring[i]); hi = Math.max(hi, ring[i]); north = Math.max(north, ring[i + 1]);
      }
      if (north < LAT_BOTTOM) continue;            // wholly south of the frame (Antarctica): nothing to draw
      const shifts = [0].concat(hi > 180 ? [-360] : [], lo < -180 ? [360] : []);
      for (const shift of shifts) {
        for (let i = 0; i < ring.length; i += 2) {
          const [x, y] = project(ring[i] + shift, ring[i + 1], width, height);
          d += (i === 0 ? 'M' : 'L') + x.toFixed(1) + ',' + y.toFixed(1);
        }
        d += 'Z';
      }
    }
    const hit = counts.get(c.id);
    const path = s('path', {d, fill: shade(hit ? hit.events : 0, max), class: 'country' + (hit ? ' has-events' : ''),
      dataset: {country: c.id}});
    path.append(s('title', {text: `${hit ? hit.name : c.name} (${c.id}): ${fmtNum(hit ? hit.events : 0)} events`
      + (hit ? ' — click for them' : '')}));
    if (hit) path.addEventListener('click', () => go('events', {country: c.id, from: state.from, to: state.to,
      modality: state.modality.join(',')}));
    land.append(path);
  }
  svg.append(land);
  const dots = s('g', {class: 'points'});
  const maxP = Math.max(1, ...data.points.map(p => p.events));
  for (const p of [...data.points].sort((a, b) => b.events - a.events)) {
    const [x, y] = project(p.lon, p.lat, width, height);
    const r = 3 + 12 * Math.sqrt(p.events / maxP);
    const label = [p.place, p.division, p.country].filter(Boolean).join(', ');
    const dot = s('circle', {cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), class: 'point',
      dataset: {place: label}});
    dot.append(s('title', {text: `${label}: ${fmtNum(p.events)} events — click to read them`}));
    dot.addEventListener('click', () => onPlace({label, ids: p.event_ids, events: p.events}));
    dots.append(dot);
  }
  svg.append(dots);
  host.append(svg);
  if (data.points.length === 0) {
    host.append(h('div', {class: 'muted map-empty', text: data.events === 0 ? 'No events for these choices.'
      : 'No event here has coordinates (the store predates the gazetteer, or no place was named): countries only.'}));
  }
}

async function showPlace(box, place) {
  clear(box).append(h('div', {class: 'muted', text: 'Loading events…'}));
  try {
    const shown = place.ids.slice(0, 10);
    const details = await Promise.all(shown.map(id => get('events/' + encodeURIComponent(id))));
    clear(box).append(h('div', {class: 'section-head'}, [h('h3', {text: `Events at ${place.label}`}),
      h('span', {class: 'muted', text: `${fmtNum(place.events)} in all${place.events > shown.length
        ? `, the ${shown.length} most reported shown` : ''}`}), evidenceKey()]),
      ...details.map(d => eventCard(d.event)));
    box.scrollIntoView({block: 'nearest'});
  } catch (e) {
    clear(box).append(h('div', {class: 'error', text: e.message}));
  }
}

function mapLegend() {
  return h('div', {class: 'legend'}, [
    h('span', {}, [h('i', {class: 'sw mapgrad'}), 'events a country took part in (log scale)']),
    h('span', {}, [h('i', {class: 'sw mappoint'}), 'a place events happened (area = events)']),
  ]);
}
