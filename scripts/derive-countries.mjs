#!/usr/bin/env node
// Derives entente-core/src/main/resources/actors/countries.tsv and cities.tsv from open datasets:
//   - npm `world-countries` (ODbL): ISO 3166 names, alternative spellings, English demonyms, capitals
//   - Entente's gazetteer (entente-core/src/main/resources/geo/gazetteer.tsv.gz, GeoNames data, CC BY 4.0, made by
//     scripts/derive-gazetteer.sh): the cities actors may be named by, population >= MIN_POP; between MIN_POP and
//     FULL_POP only names that are not English words (WORDS: a word list such as Debian's wamerican), since "Reading"
//     or "Mobile" at a sentence start would otherwise become a place
//   - ../shared/eval/cameo_country_codes.tsv (CAMEO name -> code facts) for older name variants
// Usage: scripts/derive-countries.sh (fetches the packages with npm into a temp dir and runs this).
// Why a script: the knowledge base must be re-derivable; hand edits go to countries-extra.tsv.
import fs from 'node:fs';
import zlib from 'node:zlib';

const [wcDir, gazetteerGz, cameoTsv, outDir, wordsFile] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: derive-countries.mjs WORLD_COUNTRIES_DIR GAZETTEER_TSV_GZ CAMEO_TSV OUT_DIR [WORDS]');
  process.exit(2);
}
// Cities of FULL_POP and more are always in; smaller ones down to MIN_POP only when a word list is given and the
// name is not an English word (any case). Without a word list the file is the older 250,000+ list.
const FULL_POP = 250000;
const MIN_POP = wordsFile ? 100000 : FULL_POP;
// Smaller cities named like people in people.tsv (a given name or surname): the person reading wins.
const CITY_STOP = new Set(['anand', 'braga', 'hassan', 'noda', 'puri', 'ueda']);
const WORDS = new Set(wordsFile ? fs.readFileSync(wordsFile, 'utf8').split('\n').map(w => w.trim().toLowerCase()) : []);
// Kosovo has no ISO code; news coders (and the NGEC tests) use XKX.
const ISO_FIX = { UNK: 'XKX' };
// CAMEO codes in cameo_country_codes.tsv that are not ISO alpha-3
const CAMEO_FIX = { KSV: 'XKX', TMP: 'TLS', FRNWLF: 'WLF', '---': null };
// Capitals that are also everyday English words or person names: a metonym reading would be wrong too often.
const CAPITAL_STOP = new Set(['Male', 'Victoria', 'Kingston', 'Hamilton', 'Georgetown', 'Saint John\'s', 'Road Town',
  'Castries', 'Basseterre', 'Plymouth', 'Valletta', 'City of Victoria', 'Palikir', 'Avarua', 'Alofi', 'Adamstown',
  'King Edward Point', 'Flying Fish Cove', 'West Island', 'Jamestown', 'Stanley', 'Kingstown', 'Nuku\'alofa']);

const countries = JSON.parse(fs.readFileSync(`${wcDir}/countries.json`, 'utf8'));
const iso = c => ISO_FIX[c.cca3] || c.cca3;
const latin = s => /^[\p{Script=Latin}0-9 .,'’()\-]+$/u.test(s);

const rows = []; // [pattern, code, kind, note]
const seen = new Map(); // lower-case pattern -> {code, rank, row}, to drop ambiguous patterns
const clash = new Set();
const rankOf = {}; // code -> 0 for independent states, 1 for territories
function add(pattern, code, kind, note) {
  pattern = pattern.trim();
  if (!pattern || !latin(pattern) || pattern.includes(',')) return;
  const key = pattern.toLowerCase();
  const rank = rankOf[code] ?? 1;
  const old = seen.get(key);
  if (old && old.code === code) return;
  if (old && old.rank < rank) return; // "French" stays France, not French Guiana
  if (old && old.rank === rank) { clash.add(key); return; }
  const row = [pattern, code, kind, note];
  if (old) rows.splice(rows.indexOf(old.row), 1);
  seen.set(key, { code, rank, row });
  rows.push(row);
}
function plural(d) {
  if (/(ese|ss|sh|ch|i)$/.test(d) || /s$/.test(d)) return null; // "the Chinese", "the Swiss": plural = singular
  return d + 's';
}
const alpha2 = {};
for (const c of countries) rankOf[iso(c)] = c.independent ? 0 : 1;
for (const c of countries) {
  const code = iso(c);
  alpha2[c.cca2] = code;
  const src = `world-countries ${c.cca3}`;
  add(c.name.common, code, 'country', `${src} name.common`);
  add(c.name.official, code, 'country', `${src} name.official`);
  for (const a of c.altSpellings || []) {
    if (a.length <= 2 && !['US', 'UK'].includes(a)) continue; // bare alpha-2 codes are noise ("IT", "IN")
    add(a, code, 'country', `${src} altSpellings`);
  }
  const dem = c.demonyms && c.demonyms.eng;
  if (dem) {
    for (const d of new Set([dem.m, dem.f])) {
      if (!d) continue;
      add(d, code, 'demonym', `${src} demonyms.eng`);
      const p = plural(d);
      if (p) add(p, code, 'people', `${src} demonyms.eng + plural`);
    }
  }
  for (const cap of c.capital || []) {
    if (CAPITAL_STOP.has(cap)) continue;
    add(cap, code, 'capital', `${src} capital`);
    const m = /^(.*) D\.C\.$/.exec(cap);
    if (m) add(m[1], code, 'capital', `${src} capital`);
  }
}
if (cameoTsv && fs.existsSync(cameoTsv)) {
  const lines = fs.readFileSync(cameoTsv, 'latin1').split('\n').slice(1);
  const known = new Set(countries.map(iso));
  for (const l of lines) {
    const [name, cameo] = l.split('\t');
    if (!name || !cameo) continue;
    let code = cameo in CAMEO_FIX ? CAMEO_FIX[cameo] : cameo.length === 6 ? cameo.slice(3) : cameo;
    if (!code || !known.has(code)) continue;
    add(name, code, 'country', 'cameo_country_codes.tsv (text_to_CAMEO countrynames)');
  }
}
const final = rows.filter(r => !clash.has(r[0].toLowerCase()));
const header = '# Derived by scripts/derive-countries.mjs from world-countries (ODbL) and cameo_country_codes.tsv; do not edit:\n'
  + '# put corrections and extra variants in countries-extra.tsv (a later file adds to, never silently overrides, this one).\n'
  + 'names\tcode\tkind\tstart\tend\tnote\n';
fs.writeFileSync(`${outDir}/countries.tsv`, header + final.map(r => `${r[0]}\t${r[1]}\t${r[2]}\t\t\t${r[3]}`).join('\n') + '\n');
console.error(`countries.tsv: ${final.length} rows; dropped ambiguous: ${[...clash].join(', ')}`);

// Cities: the biggest places; skip names that are ambiguous between countries or clash with a country name. They
// come from the one gazetteer (its city rows, by their GeoNames name), so actor cities and event places agree.
const known = new Set(Object.values(alpha2));
const cities = [];
for (const line of zlib.gunzipSync(fs.readFileSync(gazetteerGz)).toString('utf8').split('\n')) {
  const f = line.split('\t');
  if (f.length !== 11 || f[1] !== 'city') continue;
  cities.push({ cityId: f[0], name: f[3], country: f[5], population: Number(f[10]) });
}
const byName = new Map();
for (const c of cities) {
  const code = known.has(c.country) ? c.country : null;
  if (!code || !latin(c.name)) continue;
  const k = c.name.toLowerCase();
  if (!byName.has(k)) byName.set(k, []);
  byName.get(k).push({ ...c, code });
}
const cityRows = [];
for (const [k, list] of byName) {
  list.sort((a, b) => b.population - a.population);
  const top = list[0];
  if (top.population < MIN_POP || seen.has(k)) continue;
  if (top.population < FULL_POP && (WORDS.has(k) || CITY_STOP.has(k) || k.length < 4)) continue;
  // another country's place with at least a fifth of the population: too ambiguous to code
  if (list.some(o => o.code !== top.code && o.population * 5 >= top.population)) continue;
  cityRows.push(`${top.name}\t${top.code}\tcity\t\t\tgazetteer geonames:${top.cityId} pop ${top.population}`);
}
cityRows.sort();
fs.writeFileSync(`${outDir}/cities.tsv`, '# Derived by scripts/derive-countries.mjs from the gazetteer geo/gazetteer.tsv.gz (GeoNames, CC BY 4.0): cities with population >= '
  + FULL_POP + (MIN_POP < FULL_POP ? ', and >= ' + MIN_POP + ' when the name is not an English word' : '') + '; do not edit.\nnames\tcode\tkind\tstart\tend\tnote\n' + cityRows.join('\n') + '\n');
console.error(`cities.tsv: ${cityRows.length} rows`);
