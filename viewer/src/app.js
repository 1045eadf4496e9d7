// sitrep's viewer: a map, a timeline and a list of the clusters (real-world
// events) a database holds, and for the one picked, each report's claims
// side by side and the report's text with the evidence highlighted.
// Everything comes from the JSON API of `sitrep serve` (docs/api.md).
import L from './leaflet-global.js';
import 'leaflet.markercluster';
import { feature, mesh } from 'topojson-client';

const TYPE_COLOURS = {
  'Battles': '#c62828',
  'Explosions/Remote violence': '#ef6c00',
  'Violence against civilians': '#6a1b9a',
  'Protests': '#1565c0',
  'Riots': '#00838f',
  'Strategic developments': '#558b2f',
};
const PAGE = 1000, MAX_CLUSTERS = 20000;
const DAY = 86400000;

const state = { clusters: [], total: 0, brush: null, selected: null, markers: new Map() };
window.sitrep = state; // for the browser test and for curious users

const $ = (id) => document.getElementById(id);
const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') e.className = v; else if (k === 'text') e.textContent = v; else e.setAttribute(k, v);
  }
  for (const c of children) if (c != null) e.append(c);
  return e;
};
const colour = (type) => TYPE_COLOURS[type] || '#607d8b';
const fmt = (n) => n == null ? '?' : Number(n).toLocaleString('en');
const getJSON = async (url) => {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error ? body.error.message : r.statusText);
  return body;
};

// ------------------------------------------------------------------ map
// No tile server: the zoom stops where the borders and the places stop meaning much.
const map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([30, 30], 3);
map.attributionControl.addAttribution('Borders: Natural Earth (world-atlas)');
const markers = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
map.addLayer(markers);
const labels = L.layerGroup().addTo(map);
const selected = L.layerGroup().addTo(map);

fetch('countries-50m.json').then((r) => r.json()).then((topo) => {
  L.geoJSON(feature(topo, topo.objects.countries), {
    style: { color: '#9aa9b8', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 },
    interactive: false,
  }).addTo(map).bringToBack();
  L.geoJSON(mesh(topo, topo.objects.countries, (a, b) => a !== b), {
    style: { color: '#7d8d9c', weight: 0.8 }, interactive: false,
  }).addTo(map);
}).catch(() => {});

function radius(c) {
  const best = c.killed_best != null ? c.killed_best : c.fatalities;
  return 6 + (best ? Math.min(24, 3 * Math.sqrt(best)) : 0);
}

function drawMap(list) {
  markers.clearLayers();
  labels.clearLayers();
  selected.clearLayers();
  state.markers.clear();
  const admin1 = new Map();
  const bounds = [];
  for (const c of list) {
    if (c.latitude == null || c.longitude == null) continue;
    const m = L.circleMarker([c.latitude, c.longitude], {
      radius: radius(c), color: '#333', weight: 1, fillColor: colour(c.event_type), fillOpacity: 0.75,
      className: `cluster-${c.cluster}`,
    });
    m.bindTooltip(`${c.event_date || 'undated'} · ${c.sub_event_type || c.event_type || 'event'} · ${c.location || ''}`);
    m.on('click', () => selectCluster(c.cluster, true));
    m.clusterId = c.cluster;
    markers.addLayer(m);
    state.markers.set(c.cluster, m);
    bounds.push([c.latitude, c.longitude]);
    if (c.admin1) {
      const a = admin1.get(c.admin1) || { lat: 0, lon: 0, n: 0 };
      a.lat += c.latitude; a.lon += c.longitude; a.n++;
      admin1.set(c.admin1, a);
    }
  }
  for (const [name, a] of admin1)
    L.tooltip({ permanent: true, direction: 'right', className: 'admin1-label', offset: [12, 0] })
      .setLatLng([a.lat / a.n, a.lon / a.n]).setContent(name).addTo(labels);
  return bounds;
}

// ------------------------------------------------------------- timeline
const svg = $('timeline');
const NS = 'http://www.w3.org/2000/svg';
let scale = null; // { t0, t1, x0, x1 }

const dayOf = (s) => Date.parse(s + 'T00:00:00Z');
const isoDay = (t) => new Date(t).toISOString().slice(0, 10);

function drawTimeline() {
  while (svg.firstChild) svg.firstChild.remove();
  const dated = state.clusters.filter((c) => c.event_date);
  const w = svg.clientWidth || 600, h = svg.clientHeight || 96;
  if (!dated.length) { scale = null; return; }
  let t0 = Math.min(...dated.map((c) => dayOf(c.event_date)));
  let t1 = Math.max(...dated.map((c) => dayOf(c.event_date))) + DAY;
  const weekly = (t1 - t0) / DAY > 120;
  const bin = weekly ? 7 * DAY : DAY;
  if (weekly) t0 -= ((new Date(t0).getUTCDay() + 6) % 7) * DAY; // Mondays
  const nbins = Math.max(1, Math.ceil((t1 - t0) / bin));
  t1 = t0 + nbins * bin;
  const counts = new Array(nbins).fill(0);
  for (const c of dated) counts[Math.floor((dayOf(c.event_date) - t0) / bin)]++;
  const max = Math.max(...counts);
  const x0 = 4, x1 = w - 4, top = 4, base = h - 16;
  scale = { t0, t1, x0, x1 };
  const bw = (x1 - x0) / nbins;
  counts.forEach((n, i) => {
    if (!n) return;
    const bh = Math.max(2, (base - top) * n / max);
    const t = t0 + i * bin;
    const inside = !state.brush || (t + bin > state.brush[0] && t <= state.brush[1]);
    const r = document.createElementNS(NS, 'rect');
    r.setAttribute('x', x0 + i * bw + 0.5); r.setAttribute('y', base - bh);
    r.setAttribute('width', Math.max(1, bw - 1)); r.setAttribute('height', bh);
    r.setAttribute('class', inside ? 'bar' : 'bar out');
    const title = document.createElementNS(NS, 'title');
    title.textContent = `${isoDay(t)}${weekly ? ' (week)' : ''}: ${n}`;
    r.append(title);
    svg.append(r);
  });
  for (const [t, anchor] of [[t0, 'start'], [t1 - DAY, 'end']]) {
    const tx = document.createElementNS(NS, 'text');
    tx.setAttribute('x', anchor === 'start' ? x0 : x1); tx.setAttribute('y', h - 3);
    tx.setAttribute('text-anchor', anchor); tx.textContent = isoDay(t);
    svg.append(tx);
  }
  if (state.brush) {
    const r = document.createElementNS(NS, 'rect');
    r.setAttribute('class', 'brush');
    r.setAttribute('x', toX(state.brush[0])); r.setAttribute('y', top - 2);
    r.setAttribute('width', Math.max(2, toX(state.brush[1] + DAY) - toX(state.brush[0])));
    r.setAttribute('height', base - top + 4);
    svg.append(r);
  }
}
const toX = (t) => scale.x0 + (t - scale.t0) / (scale.t1 - scale.t0) * (scale.x1 - scale.x0);
const toT = (x) => {
  const f = Math.min(1, Math.max(0, (x - scale.x0) / (scale.x1 - scale.x0)));
  return Math.floor((scale.t0 + f * (scale.t1 - scale.t0)) / DAY) * DAY;
};

let dragFrom = null;
svg.addEventListener('mousedown', (e) => {
  if (!scale) return;
  dragFrom = e.offsetX;
  e.preventDefault();
});
window.addEventListener('mousemove', (e) => {
  if (dragFrom == null) return;
  const x = e.clientX - svg.getBoundingClientRect().left;
  state.brush = [toT(Math.min(dragFrom, x)), toT(Math.max(dragFrom, x))];
  drawTimeline();
});
window.addEventListener('mouseup', (e) => {
  if (dragFrom == null) return;
  const x = e.clientX - svg.getBoundingClientRect().left;
  const moved = Math.abs(x - dragFrom) > 3;
  dragFrom = null;
  if (!moved) state.brush = null; // a click, not a drag: every date again
  applyBrush();
});
$('brush-clear').addEventListener('click', () => { state.brush = null; applyBrush(); });

function inBrush(c) {
  if (!state.brush) return true;
  if (!c.event_date) return false;
  const t = dayOf(c.event_date);
  return t >= state.brush[0] && t <= state.brush[1];
}

function applyBrush() {
  $('range').textContent = state.brush ? `${isoDay(state.brush[0])} – ${isoDay(state.brush[1])}` : 'all dates';
  $('brush-clear').hidden = !state.brush;
  drawTimeline();
  const shown = state.clusters.filter(inBrush);
  drawMap(shown);
  drawList(shown);
}

// ----------------------------------------------------------------- list
const LIST_MAX = 2000; // more rows than anyone scrolls, and the page stays quick

function drawList(list) {
  const ol = $('list');
  ol.replaceChildren();
  for (const c of list.slice(0, LIST_MAX)) {
    const li = el('li', { 'data-cluster': c.cluster },
      el('span', { class: 'swatch', style: `background:${colour(c.event_type)}` }),
      el('span', { class: 'date', text: c.event_date || 'undated' }),
      el('span', { class: 'what', text: `${c.sub_event_type || c.event_type || 'event'} · ${c.location || c.admin1 || c.country || 'unlocated'}` +
        (c.killed_best != null ? ` · ${fmt(c.killed_best)} killed` : '') +
        ` · ${c.number_of_sources} source${c.number_of_sources === 1 ? '' : 's'}` }),
      c.disputed ? el('span', { class: 'disputed', text: 'disputed', title: 'reports contradict each other' }) : null);
    if (state.selected === c.cluster) li.classList.add('selected');
    li.addEventListener('click', () => selectCluster(c.cluster));
    ol.append(li);
  }
  $('status').textContent = `${list.length} event${list.length === 1 ? '' : 's'} shown` +
    (state.total > state.clusters.length ? ` (first ${state.clusters.length} of ${state.total})` : ` of ${state.total}`) +
    (list.length > LIST_MAX ? `; the newest ${LIST_MAX} listed` : '');
}

// --------------------------------------------------------------- detail
function claimText(c) {
  const figure = c.value != null ? fmt(c.value) : c.low != null || c.high != null ? `${fmt(c.low)}–${fmt(c.high)}` : '?';
  const who = c.attributed_to ? `${c.attributed_to} via ${c.source || 'unknown outlet'}` : c.source || 'unknown outlet';
  return `${figure} (${who})`;
}

async function selectCluster(id, fromMap = false) {
  state.selected = id;
  for (const li of $('list').children) li.classList.toggle('selected', Number(li.dataset.cluster) === id);
  const c = await getJSON(`api/clusters/${id}`);
  $('detail').hidden = false;
  $('detail-title').textContent = `${c.event_id_cnty} · ${c.sub_event_type || c.event_type || 'event'} · ${c.event_date || 'undated'} · ${[c.location, c.admin1, c.country].filter(Boolean).join(', ')}`;
  const claims = $('claims');
  claims.replaceChildren();
  for (const [kind, e] of Object.entries(c.estimates || {})) {
    const line = el('div', { class: 'claims-line' }, el('span', { class: 'kind', text: `${kind}: ` }));
    (e.claims || []).forEach((cl, i) => {
      if (i) line.append(' · ');
      line.append(el('span', { class: 'claim', text: claimText(cl) }));
    });
    line.append(el('div', { class: 'estimate', text: `low ${fmt(e.low)} · best ${fmt(e.best)} · high ${fmt(e.high)} (${e.reports} report${e.reports === 1 ? '' : 's'})` }));
    claims.append(line);
  }
  const members = (c.reports || []).filter((r) => r.role === 'member');
  const sources = el('div', { class: 'claims-line sources' }, el('span', { class: 'kind', text: 'sources: ' }));
  members.forEach((r, i) => {
    if (i) sources.append(' · ');
    sources.append(el('span', { class: 'claim source', text: r.attributed_to ? `${r.attributed_to} via ${r.source || r.document}` : r.source || r.document }));
  });
  claims.append(sources);
  // One claim against the event is recorded against each report it denies:
  // shown once, with how many it contradicts.
  const against = new Map();
  for (const x of c.contradictions || []) {
    const key = `${x.kind}: ${x.claim_b || ''}`;
    against.set(key, (against.get(key) || 0) + 1);
  }
  $('contradictions').replaceChildren(...[...against].map(([text, n]) =>
    el('div', { class: 'contradiction', text: `⚠ ${text}${n > 1 ? ` (against ${n} reports)` : ''}` })));
  const tbody = $('reports').querySelector('tbody');
  tbody.replaceChildren();
  for (const r of c.reports || []) {
    const figs = Object.entries(r.figures || {}).map(([k, l]) => `${k} ${l.map((f) => f.value != null ? fmt(f.value) : `${fmt(f.low)}–${fmt(f.high)}`).join(', ')}`).join('; ');
    const tr = el('tr', { 'data-event': r.event },
      el('td', { text: `${r.event}${r.role === 'contradicts' ? ` (${r.status}, contradicts)` : ''}` }),
      el('td', { text: r.source || '' }), el('td', { text: r.attributed_to || '' }),
      el('td', { text: r.date ? r.date + (r.date_precision && r.date_precision !== 'day' ? ` (${r.date_precision})` : '') : '' }),
      el('td', { text: [r.location, r.admin1].filter(Boolean).join(', ') }), el('td', { text: figs }));
    tr.addEventListener('click', () => showEvidence(r.document, r.event));
    tbody.append(tr);
  }
  // The one picked is ringed on the map (outside the groups: a ring stays
  // where it is whatever the zoom), and brought into view from the list.
  const m = state.markers.get(id);
  selected.clearLayers();
  if (m) {
    L.circleMarker(m.getLatLng(), { radius: m.getRadius() + 5, color: '#e69500', weight: 3, fill: false, interactive: false })
      .bindTooltip(m.getTooltip().getContent(), { permanent: true, direction: 'top', offset: [0, -10] }).addTo(selected);
    if (!fromMap) map.setView(m.getLatLng(), Math.max(map.getZoom(), 9));
  }
  if (c.reports && c.reports.length) await showEvidence(c.reports[0].document, c.reports[0].event);
}

// Offsets are code points (docs/schema.md); JavaScript strings count UTF-16
// units, so the text is cut as an array of code points.
function highlight(text, spans) {
  const cps = Array.from(text);
  const cuts = new Set([0, cps.length]);
  for (const s of spans) { cuts.add(Math.min(s.start, cps.length)); cuts.add(Math.min(s.end, cps.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const box = $('evidence-text');
  box.replaceChildren();
  let first = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = cps.slice(a, b).join('');
    const over = spans.filter((s) => s.start <= a && b <= s.end);
    if (!over.length) { box.append(piece); continue; }
    const m = el('mark', { class: `k-${over[0].kind}`, title: over.map((s) => `${s.kind}: ${s.rule || 'no rule'}`).join('\n'), 'data-kind': over[0].kind, text: piece });
    box.append(m);
    if (!first) first = m;
  }
  if (first) first.scrollIntoView({ block: 'center' });
}

async function showEvidence(docId, eventId) {
  const d = await getJSON(`api/documents/${encodeURIComponent(docId)}`);
  const ev = (d.events || []).find((e) => e.id === eventId);
  $('evidence').hidden = false;
  for (const tr of $('reports').querySelectorAll('tbody tr')) tr.classList.toggle('selected', tr.dataset.event === eventId);
  $('evidence-title').textContent = `${eventId} — ${d.title || d.id}${d.source ? ` (${d.source})` : ''}${d.published ? `, ${d.published}` : ''}`;
  const rules = $('evidence-rules');
  rules.replaceChildren();
  const spans = ev ? ev.spans || [] : [];
  const cps = Array.from(d.text || '');
  for (const s of spans)
    rules.append(el('li', {}, el('span', { class: `k-sample k-${s.kind}` }),
      `${s.kind} “${s.text || cps.slice(s.start, s.end).join('')}” — rule ${s.rule || 'none'}`));
  if (ev) rules.append(el('li', { text: `event rules: ${(ev.rules || []).join(', ')}` }));
  highlight(d.text || '', spans);
}

// -------------------------------------------------------------- filters
function filterQuery() {
  const p = new URLSearchParams();
  for (const [k, v] of new FormData($('filters'))) if (v) p.set(k, v);
  return p;
}

// A change of filter while pages are still arriving starts a new load; the
// older one must then drop its pages, or both would fill the same list.
let loadGeneration = 0;

async function load() {
  const generation = ++loadGeneration;
  const p = filterQuery();
  $('export-csv').href = `api/export.csv?${p}`;
  $('export-geojson').href = `api/export.geojson?${p}`;
  $('status').textContent = 'loading…';
  const clusters = [];
  let total = 0;
  try {
    for (let offset = 0; offset < MAX_CLUSTERS; offset += PAGE) {
      p.set('limit', PAGE); p.set('offset', offset);
      const page = await getJSON(`api/clusters?${p}`);
      if (generation !== loadGeneration) return;
      total = page.total;
      clusters.push(...page.clusters);
      if (page.clusters.length < PAGE) break;
    }
  } catch (e) {
    if (generation === loadGeneration) $('status').textContent = `error: ${e.message}`;
    return;
  }
  state.clusters = clusters;
  state.total = total;
  const bounds = drawMap(state.clusters);
  if (bounds.length) map.fitBounds(bounds, { maxZoom: 8, padding: [30, 30] });
  fillChoices();
  applyBrush();
  document.body.dataset.loaded = 'yes';
}

function options(select, values) {
  const keep = select.value;
  select.replaceChildren(el('option', { value: '', text: 'all' }), ...values.map((v) => el('option', { value: v, text: v })));
  select.value = keep;
}

async function fillChoices() {
  const admin1 = new Set(), actors = new Set(), sources = new Set();
  for (const c of state.clusters) {
    if (c.admin1) admin1.add(c.admin1);
    for (const a of [c.actor1, c.actor2]) if (a) actors.add(a);
    for (const s of (c.source || '').split('; ')) if (s) sources.add(s);
  }
  options($('f-admin1'), [...admin1].sort());
  $('actors').replaceChildren(...[...actors].sort().map((v) => el('option', { value: v })));
  $('sources').replaceChildren(...[...sources].sort().map((v) => el('option', { value: v })));
}

$('filters').addEventListener('submit', (e) => { e.preventDefault(); state.brush = null; load(); });
for (const id of ['f-type', 'f-country', 'f-admin1']) $(id).addEventListener('change', () => { state.brush = null; load(); });

getJSON('api/stats').then((s) => {
  options($('f-type'), Object.keys(s.by_type).filter((t) => t !== '(none)'));
  options($('f-country'), Object.keys(s.by_country).filter((t) => t !== '(unknown)'));
}).catch(() => {});
window.addEventListener('resize', drawTimeline);
load();
