// Derives entente-web/src/main/resources/web/world.json, the dashboard's map of countries, from world-atlas (ISC; Natural
// Earth 1:110m, public domain) with ISO alpha-3 codes from world-countries (ODbL; its ISO numeric -> alpha-3
// table). Output: {"source", "countries": [{"id": "RUS", "name": "Russia", "rings": [[lon, lat, lon, lat, ...]]}]}
// with coordinates rounded to 0.1 degree, small enough to ship inside the jar and draw with no library.
// Usage: node derive-world-map.mjs WORLD_ATLAS_DIR WORLD_COUNTRIES_DIR TOPOJSON_CLIENT_DIR OUT
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';

const [atlasDir, countriesDir, clientDir, out] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const topojson = require(path.resolve(clientDir));
const topology = JSON.parse(fs.readFileSync(path.join(atlasDir, 'countries-110m.json'), 'utf8'));
const countries = JSON.parse(fs.readFileSync(path.join(countriesDir, 'countries.json'), 'utf8'));
const alpha3 = new Map(countries.filter(c => c.ccn3).map(c => [c.ccn3, c.cca3]));
// territories world-atlas draws without an ISO numeric id, drawn as part of the country the coder codes them under
const byName = new Map([['Kosovo', 'XKX'], ['N. Cyprus', 'CYP'], ['Somaliland', 'SOM']]);
const geo = topojson.feature(topology, topology.objects.countries);
const r = v => Math.round(v * 10) / 10;
const result = [];
for (const f of geo.features) {
  const id = alpha3.get(f.id) || byName.get(f.properties.name);
  if (!id || !f.geometry) continue;
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  const rings = [];
  for (const poly of polys) {
    for (const ring of poly) {
      const flat = [];
      let last = null;
      // a ring crossing the antimeridian (Chukotka, Fiji) is unwrapped into one continuous ring that runs past
      // +-180; the dashboard draws such a ring a second time shifted by 360 degrees, and the frame clips both
      let prev = null;
      for (const [lon0, lat] of ring) {
        let lon = lon0;
        while (prev !== null && lon - prev > 180) lon -= 360;
        while (prev !== null && lon - prev < -180) lon += 360;
        prev = lon;
        const p = [r(lon), r(lat)];
        if (last && last[0] === p[0] && last[1] === p[1]) continue;
        flat.push(p[0], p[1]);
        last = p;
      }
      if (flat.length >= 6) rings.push(flat);
    }
  }
  result.push({id, name: f.properties.name, rings});
}
result.sort((a, b) => a.id.localeCompare(b.id) || a.name.localeCompare(b.name));
fs.writeFileSync(out, JSON.stringify({
  source: 'world-atlas 2.0.2 countries-110m (Natural Earth, public domain; ISC) + world-countries 5.1.0 ISO codes (ODbL)',
  countries: result,
}) + '\n');
console.error(`${result.length} countries -> ${out}`);
