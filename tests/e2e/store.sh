#!/usr/bin/env bash
# End-to-end tests of the corpus commands (ingest, query, export, stats):
# the store of issue 7.  Events come from hand-written extracted records
# (tests/data/store/), fed through `sitrep ingest --extracted`, so that the
# store is tested whatever the extractor finds today.  Prints a closing
# "N passed, N failed" line.
set -u
. "$(cd "$(dirname "$0")" && pwd)/lib.sh"
store=$data/store

# What a database holds, without the rowids and clocks that may differ
# between two equivalent stores: documents, events with their cluster's
# number, clusters, estimates, contradictions.
logical_dump() {
  py "$1" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
q = lambda sql: db.execute(sql).fetchall()
for row in q("SELECT id, source, text_hash, content_hash, json FROM documents ORDER BY id"): print('D', row)
for row in q("SELECT e.id, d.id, e.status, e.cluster, e.role, e.json FROM events e JOIN documents d ON d.rowid = e.doc ORDER BY e.id, d.id"): print('E', row)
# date_event, place_event: the rowids of the reports that give them
cols = [r[1] for r in q("PRAGMA table_info(clusters)")
        if r[1] not in ('updated_at', 'date_event', 'place_event')]
for row in q("SELECT %s FROM clusters ORDER BY id" % ", ".join(cols)): print('C', row)
for row in q("SELECT * FROM estimates ORDER BY cluster, kind"): print('S', row)
for row in q("SELECT c.cluster, a.id, b.id, c.kind, c.claim_a, c.claim_b FROM contradictions c JOIN events a ON a.rowid = c.event_a JOIN events b ON b.rowid = c.event_b ORDER BY 1, 2, 3"): print('X', row)
PY
}

# ------------------------------------------------------------ Done-when

t_dev_twice() {
  # The dev corpus holds each article as .txt and .jsonl under one id:
  # the later replaces the earlier, run after run, ending the same.
  run ingest --db "$tmp/dev.db" "$data/dev" && rc_is 0 &&
  logical_dump "$tmp/dev.db" >"$tmp/dump1" &&
  run export --db "$tmp/dev.db" --format jsonl && rc_is 0 && cp "$tmp/out" "$tmp/exp1" &&
  run ingest --db "$tmp/dev.db" "$data/dev" && rc_is 0 &&
  logical_dump "$tmp/dev.db" >"$tmp/dump2" &&
  run export --db "$tmp/dev.db" --format jsonl && rc_is 0 &&
  cmp -s "$tmp/exp1" "$tmp/out" && cmp -s "$tmp/dump1" "$tmp/dump2" &&
  [ "$(sqlite3 "$tmp/dev.db" 'SELECT count(*) FROM documents')" = 2 ] ||
  { diff "$tmp/dump1" "$tmp/dump2" | head -5; return 1; }
}
check "dev corpus ingested twice: the same database" t_dev_twice

t_unchanged_identical() {
  # Documents that did not change are not rewritten at all.
  run ingest --db "$tmp/c.db" --extracted "$store/corpus.jsonl" && rc_is 0 &&
  sqlite3 "$tmp/c.db" .dump >"$tmp/d1" &&
  run ingest --db "$tmp/c.db" --extracted "$store/corpus.jsonl" && rc_is 0 &&
  sqlite3 "$tmp/c.db" .dump >"$tmp/d2" && cmp -s "$tmp/d1" "$tmp/d2"
}
check "the same records again: byte-identical database" t_unchanged_identical

t_ingest_jobs() {
  # Analysed on 2 threads, stored by one: the same database as on one.
  # The dev articles under several ids, so that reports of one event from
  # many documents are clustered as they come in.
  py "$tmp/many.jsonl" "$data"/dev/*.jsonl <<'PY'
import json, sys
docs = [json.loads(l) for f in sys.argv[2:] for l in open(f, encoding='utf-8') if l.strip()]
with open(sys.argv[1], 'w', encoding='utf-8') as out:
    for k in range(12):
        d = dict(docs[k % len(docs)], id='copy-%02d' % k, publisher='source-%d' % (k % 3))
        out.write(json.dumps(d, ensure_ascii=False) + '\n')
PY
  run ingest --db "$tmp/j1.db" "$data/dev" "$tmp/many.jsonl" && rc_is 0 &&
  run ingest -j 2 --db "$tmp/j2.db" "$data/dev" "$tmp/many.jsonl" && rc_is 0 &&
  logical_dump "$tmp/j1.db" >"$tmp/dump.j1" && logical_dump "$tmp/j2.db" >"$tmp/dump.j2" &&
  [ "$(grep -c '^D' "$tmp/dump.j1")" -gt 2 ] && cmp "$tmp/dump.j1" "$tmp/dump.j2"
}
check "ingest -j 2: the same database as -j 1" t_ingest_jobs

t_two_sources() {
  run ingest --db "$tmp/two.db" --extracted "$store/two-sources.jsonl" && rc_is 0 &&
  run export --db "$tmp/two.db" --format jsonl && rc_is 0 &&
  py "$tmp/out" <<'PY'
import json, sys
cs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
# Two events in the report: each one cluster, of both documents.
assert len(cs) == 2, len(cs)
for c in cs:
    assert c['documents'] == 2 and c['number_of_sources'] == 2, c
    assert c['source'] == 'AFP; France 24', c['source']
    assert sorted(m['document'] for m in c['members']) == ['wire-1', 'wire-2']
PY
}
check "one report under two ids from two sources: one cluster, two sources" t_two_sources

t_same_text_same_source() {
  # The same text from the same outlet under a new id replaces the old one.
  py "$store/two-sources.jsonl" "$tmp/refiled.jsonl" <<'PY'
import json, sys
a, b = (json.loads(l) for l in open(sys.argv[1], encoding='utf-8'))
b['publisher'] = a['publisher']
open(sys.argv[2], 'w', encoding='utf-8').write(json.dumps(a) + '\n' + json.dumps(b) + '\n')
PY
  run ingest --db "$tmp/refiled.db" --extracted "$tmp/refiled.jsonl" && rc_is 0 &&
  [ "$(sqlite3 "$tmp/refiled.db" 'SELECT group_concat(id) FROM documents')" = wire-2 ] &&
  [ "$(sqlite3 "$tmp/refiled.db" 'SELECT count(*) FROM clusters WHERE n_documents = 1')" = 2 ]
}
check "same text, same source, new id: replaced, not duplicated" t_same_text_same_source

t_acled_csv() {
  run export --db "$tmp/c.db" --format acled-csv && rc_is 0 &&
  py "$tmp/out" <<'PY'
import csv, sys
header = ("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
  "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
  "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,"
  "geo_precision,source,source_scale,notes,fatalities,tags,timestamp").split(',')
raw = open(sys.argv[1], 'rb').read()
assert raw.endswith(b'\r\n')
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8')))
assert rows[0] == header, rows[0]
recs = [dict(zip(header, r)) for r in rows[1:]]
assert all(len(r) == len(header) for r in rows)
# One row per cluster: 9 documents, 12 events, 6 real-world events (the
# planned one is no event; the denial and failure are claims in clusters).
assert len(recs) == 6, len(recs)
by_id = {r['event_id_cnty']: r for r in recs}
assert len(by_id) == 6
aleppo = [r for r in recs if r['location'] == 'Aleppo' and r['event_type'].startswith('Explosions')]
assert len(aleppo) == 1, aleppo
a = aleppo[0]
assert a['event_id_cnty'].startswith('SYR') and a['iso'] == '760' and a['region'] == 'Middle East'
assert a['event_date'] == '2016-10-30' and a['year'] == '2016' and a['time_precision'] == '1'
assert a['disorder_type'] == 'Political violence'
assert a['actor1'] == 'Military Forces of Syria' and a['actor2'] == 'Civilians (Syria)'
assert a['inter1'] == '1' and a['inter2'] == '7' and a['interaction'] == '17'
assert a['civilian_targeting'] == 'Civilian targeting'
assert a['fatalities'] == '12', a['fatalities']          # the most conservative
assert a['source'] == 'AFP; Reuters; TASS', a['source']
assert 'SOHR (Reuters)' in a['notes'] and 'Ministry of Defence (TASS)' in a['notes']
assert 'disputed' in a['tags']
kawkab = next(r for r in recs if r['location'] == 'Kawkab')
assert kawkab['interaction'] == '12' and kawkab['source'] == 'AFP; Reuters'
# RFC 4180: commas, quotes and a line break inside fields come back intact.
odd = next(r for r in recs if r['admin1'] == 'Idlib')
assert odd['actor1'] == 'Unidentified Armed Group, "Kurdish" (Syria)', odd['actor1']
assert odd['location'] == 'Bab\nal-Hawa' and odd['source'] == 'Al-Masdar, "News"'
assert odd['interaction'] == '38' and odd['fatalities'] == '0'
unplaced = next(r for r in recs if r['location'] == '')
assert unplaced['latitude'] == '' and unplaced['event_id_cnty'].startswith('XXX')
PY
}
check "ACLED CSV: exact header, one row per cluster, RFC 4180 quoting" t_acled_csv

t_dev_csv() {
  # The dev reports have no publication date: the clusters no date reaches
  # are left out of the ACLED CSV, and counted on stderr.
  run export --db "$tmp/dev.db" && rc_is 0 &&
  py "$tmp/out" "$tmp/dev.db" "$tmp/err" <<'PY'
import csv, sqlite3, sys
rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))
db = sqlite3.connect(sys.argv[2])
n = db.execute('SELECT count(*) FROM clusters WHERE event_date IS NOT NULL').fetchone()[0]
undated = db.execute('SELECT count(*) FROM clusters WHERE event_date IS NULL').fetchone()[0]
assert len(rows) == n and undated > 0, (len(rows), n)
assert all(r['event_date'] and r['time_precision'] in '123' for r in rows)
err = open(sys.argv[3], encoding='utf-8').read()
assert err == f"sitrep export: {undated} undated cluster(s) left out of the ACLED CSV: no report gives a date (docs/store.md)\n", err
assert list(rows[0].keys())[0] == 'event_id_cnty' if rows else True
PY
}
check "ACLED CSV of the dev corpus: one row per dated cluster, the undated counted on stderr" t_dev_csv

t_killed() {
  # Many documents, killed mid-run with SIGKILL once some are committed;
  # the re-run completes, and the store equals one made in a single run.
  py "$tmp/many.jsonl" "$store/corpus.jsonl" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[2], encoding='utf-8')]
with open(sys.argv[1], 'w', encoding='utf-8') as out:
    for i in range(2000):
        d = json.loads(json.dumps(docs[i % len(docs)]))
        d['id'] = '%s-%d' % (d['id'], i)
        d['text'] = '%s (%d)' % (d['text'], i)
        shift = i // len(docs)          # a new day for every copy of the corpus
        for j, e in enumerate(d['events']):
            e['id'] = '%s#%d' % (d['id'], j + 1)
            if e['date'] and e['date']['precision'] == 'day':
                y, m, dd = map(int, e['date']['value'].split('-'))
                import datetime
                e['date']['value'] = str(datetime.date(y, m, dd) + datetime.timedelta(days=2 * shift))
        out.write(json.dumps(d, ensure_ascii=False) + '\n')
PY
  "$SITREP" ingest --quiet --db "$tmp/k.db" --extracted "$tmp/many.jsonl" 2>"$tmp/err" &
  local pid=$! n=0
  # Wait (no deadline: no timing assumption) for some commits, then kill.
  while kill -0 "$pid" 2>/dev/null; do
    n=$(sqlite3 "$tmp/k.db" 'SELECT count(*) FROM documents' 2>/dev/null || echo 0)
    [ "${n:-0}" -ge 50 ] && break
  done
  kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  local before
  before=$(sqlite3 "$tmp/k.db" 'SELECT count(*) FROM documents')
  echo "  killed after $before of 2000 documents"
  run ingest --quiet --db "$tmp/k.db" --extracted "$tmp/many.jsonl" && rc_is 0 &&
  run ingest --quiet --db "$tmp/once.db" --extracted "$tmp/many.jsonl" && rc_is 0 &&
  [ "$(sqlite3 "$tmp/k.db" 'SELECT count(*), count(DISTINCT id) FROM documents')" = "2000|2000" ] &&
  [ "$(sqlite3 "$tmp/k.db" 'PRAGMA integrity_check')" = ok ] &&
  logical_dump "$tmp/k.db" >"$tmp/dk" && logical_dump "$tmp/once.db" >"$tmp/do" &&
  cmp -s "$tmp/dk" "$tmp/do" ||
  { diff "$tmp/dk" "$tmp/do" | head -5; return 1; }
}
check "ingest killed with SIGKILL mid-run: the re-run completes, nothing lost or duplicated" t_killed

# -------------------------------------------------------- corroboration

t_estimates() {
  run export --db "$tmp/c.db" --format jsonl && rc_is 0 &&
  py "$tmp/out" <<'PY'
import json, sys
cs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
a = next(c for c in cs if c['location'] == 'Aleppo' and c['event_type'].startswith('Explosions'))
k = a['estimates']['killed']
# Reports: 12 (Reuters), 15-20 (AFP), 15 (TASS): low = min, best = median
# of 12, 17.5, 15, high = max.
assert (k['low'], k['best'], k['high'], k['reports']) == (12, 15, 20, 3), k
claims = {c['source']: c for c in k['claims']}
assert claims['Reuters']['value'] == 12 and claims['Reuters']['attributed_to'] == 'SOHR'
assert claims['AFP']['low'] == 15 and claims['AFP']['high'] == 20
assert claims['TASS']['attributed_to'] == 'Ministry of Defence'
roles = {m['document']: m['role'] for m in a['members']}
assert roles == {'reuters-1': 'member', 'afp-1': 'member', 'tass-1': 'member', 'sana-1': 'contradicts'}, roles
assert a['documents'] == 3 and a['number_of_sources'] == 3
kinds = sorted((x['kind'], x['event_b']) for x in a['contradictions'])
assert kinds == [('denial', 'sana-1#1')] * 3, kinds
assert 'denied shelling, according to Syrian Army (SANA)' in a['contradictions'][0]['claim_b']
kw = next(c for c in cs if c['location'] == 'Kawkab')
assert [x['kind'] for x in kw['contradictions']] == ['opposed']
corridor = next(c for c in cs if c['event_type'] == 'Strategic developments' and c['location'] == 'Aleppo')
assert [x['kind'] for x in corridor['contradictions']] == ['failure']
assert 'Aucun corridor' in corridor['contradictions'][0]['claim_b']
# Damascus is 300 km from Aleppo: another event.
assert any(c['location'] == 'Damascus' for c in cs)
# The planned offensive is stored but in no cluster.
assert not any(m['event'] == 'rt-1#2' for c in cs for m in c['members'])
PY
}
check "clusters: low/best/high with who said what; denial, failure, opposed claims" t_estimates

t_exodus() {
  # Three short reports (written for this test) of the exodus from East
  # Aleppo on the night of 26-27 November 2016: 400 (OSDH), 500 (OSDH via
  # AFP), 1,500 (RT, witnesses), read by the engine from their text.
  run ingest --db "$tmp/exodus.db" "$store/aleppo-exodus.jsonl" && rc_is 0 &&
  run export --db "$tmp/exodus.db" --format jsonl && rc_is 0 &&
  py "$tmp/out" <<'PY'
import json, sys
cs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
fled = [c for c in cs if 'displaced' in c['estimates']]
assert len(fled) == 1, [(c['cluster'], c['source']) for c in fled]
c = fled[0]
d = c['estimates']['displaced']
assert (d['low'], d['high'], d['reports']) == (400, 1500, 3), d
assert d['low'] <= d['best'] <= d['high'], d
claims = {x['source']: x for x in d['claims']}
assert set(claims) == {'osdh-direct', 'afp', 'rt'}, claims
assert claims['osdh-direct']['value'] == 400 and claims['osdh-direct']['qualifier'] == 'at_least'
assert claims['afp']['value'] == 500 and claims['rt']['value'] == 1500
# "a indiqué l'Observatoire syrien des droits de l'homme": the known body, by its name
assert claims['afp']['attributed_to'] == 'Syrian Observatory for Human Rights', claims['afp']
assert 'témoins' in claims['rt']['attributed_to']
# the night of Saturday to Sunday is its two days (dates.c): the cluster is
# dated by the later one, as a two-day window is (docs/store.md)
assert c['number_of_sources'] == 3 and c['event_date'] == '2016-11-27'
# 500 against 1,500: more than x1.5 apart, flagged with both claims; "at
# least 400" contradicts neither
x = [(k['kind'], k['claim_a'].split(':')[0], k['claim_b'].split(':')[0]) for k in c['contradictions']]
assert x == [('figures', 'displaced 500', 'displaced 1500')], x
PY
}
check "the Aleppo exodus told by three outlets: one cluster, displaced 400 to 1,500, each claim kept" t_exodus

t_order() {
  tac "$store/corpus.jsonl" >"$tmp/rev.jsonl"
  run ingest --db "$tmp/rev.db" --extracted "$tmp/rev.jsonl" && rc_is 0 &&
  for db in c rev; do
    sqlite3 "$tmp/$db.db" "SELECT (SELECT group_concat(id) FROM (SELECT id FROM events WHERE cluster = c.id ORDER BY id)), n_sources, fatalities, event_date FROM clusters c ORDER BY 1" >"$tmp/$db.groups"
  done && cmp -s "$tmp/c.groups" "$tmp/rev.groups"
}
check "the same clusters whatever the order of ingest" t_order

t_replace_recluster() {
  # AFP's report moved to Damascus, blaming the group Reuters blames there:
  # it leaves the Aleppo cluster, whose number stays; the Damascus cluster
  # gains it.
  py "$store/corpus.jsonl" "$tmp/moved.jsonl" <<'PY'
import json, sys
d = next(json.loads(l) for l in open(sys.argv[1], encoding='utf-8') if '"afp-1"' in l)
d['events'] = d['events'][:1]
d['events'][0]['location'].update(name='Damascus', admin1='Damascus', lat=33.5102, lon=36.2913)
d['events'][0]['actors'] = [{'role': 'actor1', 'name': 'Unidentified Armed Group (Syria)', 'text': 'x', 'inter': 2}]
open(sys.argv[2], 'w', encoding='utf-8').write(json.dumps(d) + '\n')
PY
  cp "$tmp/c.db" "$tmp/m.db" &&
  run ingest --db "$tmp/m.db" --extracted "$tmp/moved.jsonl" && rc_is 0 &&
  [ "$(sqlite3 "$tmp/m.db" "SELECT n_documents || ' ' || sources FROM clusters WHERE location = 'Damascus'")" = "2 AFP; Reuters" ] &&
  [ "$(sqlite3 "$tmp/m.db" "SELECT id || ' ' || sources FROM clusters WHERE location = 'Aleppo' AND event_type LIKE 'Expl%'")" = \
    "$(sqlite3 "$tmp/c.db" "SELECT id FROM clusters WHERE location = 'Aleppo' AND event_type LIKE 'Expl%'") Reuters; TASS" ] &&
  [ "$(sqlite3 "$tmp/m.db" "SELECT count(*) FROM events WHERE id = 'afp-1#2'")" = 0 ]
}
check "a replaced document leaves its clusters and joins others" t_replace_recluster

# ----------------------------------------------------- export and query

t_geojson() {
  run export --db "$tmp/c.db" --format geojson && rc_is 0 &&
  py "$tmp/out" <<'PY'
import json, math, sys
g = json.load(open(sys.argv[1], encoding='utf-8'))
# RFC 7946: a FeatureCollection of Features; Point coordinates are
# [longitude, latitude] in range; an unlocated feature has a null geometry.
assert g['type'] == 'FeatureCollection' and isinstance(g['features'], list)
assert 'crs' not in g
assert len(g['features']) == 6
nulls = 0
for f in g['features']:
    assert f['type'] == 'Feature' and isinstance(f['properties'], dict)
    assert isinstance(f.get('id'), (str, int))
    geom = f['geometry']
    if geom is None:
        nulls += 1
        continue
    assert geom['type'] == 'Point' and len(geom['coordinates']) == 2
    lon, lat = geom['coordinates']
    assert all(isinstance(x, (int, float)) and math.isfinite(x) for x in (lon, lat))
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert (lat, lon) == (f['properties']['latitude'], f['properties']['longitude'])
assert nulls == 1
aleppo = next(f for f in g['features'] if f['properties']['location'] == 'Aleppo')
assert aleppo['geometry']['coordinates'][0] > aleppo['geometry']['coordinates'][1]  # lon 37 > lat 36
PY
}
check "GeoJSON: a valid RFC 7946 FeatureCollection" t_geojson

t_filters() {
  run export --db "$tmp/c.db" --from 2016-10-29 --to 2016-10-29 && rc_is 0 &&
  [ "$(grep -c '^SYR\|^XXX' "$tmp/out")" = 2 ] &&
  run export --db "$tmp/c.db" --type Battles --country SY && rc_is 0 &&
  [ "$(grep -c '^SYR' "$tmp/out")" = 2 ] &&
  run export --db "$tmp/c.db" --country Syria --format jsonl && rc_is 0 &&
  [ "$(wc -l <"$tmp/out")" = 5 ] &&
  run export --db "$tmp/c.db" --from 2016-13-01 && rc_is 2 && err_has "2016-13-01" &&
  run export --db "$tmp/c.db" --format xml && rc_is 2 && err_has "xml"
}
check "export filters by date, type and country; bad values refused" t_filters

t_query() {
  run query --db "$tmp/c.db" --text "corridors humanitaires" && rc_is 0 &&
  [ "$(wc -l <"$tmp/out")" = 1 ] && grep -q '"id":"lemonde-1"' "$tmp/out" &&
  grep -qF '[corridors] [humanitaires]' "$tmp/out" &&
  run query --db "$tmp/c.db" --text "alep" && rc_is 0 && [ "$(wc -l <"$tmp/out")" -ge 4 ] &&
  run query --db "$tmp/dev.db" --text "corridors humanitaires" && rc_is 0 &&
  grep -q '"id":"seed-001"' "$tmp/out" &&
  run query --db "$tmp/c.db" --text '"unterminated' && rc_is 2
}
check "full-text search finds documents, accents folded" t_query

t_stats() {
  run stats --db "$tmp/c.db" && rc_is 0 &&
  py "$tmp/out" <<'PY'
import json, sys
s = json.load(open(sys.argv[1], encoding='utf-8'))
assert (s['documents'], s['events'], s['clusters'], s['disputed']) == (9, 12, 6, 3), s
assert s['by_type'] == {'Battles': 2, 'Explosions/Remote violence': 2, 'Strategic developments': 2}, s['by_type']
assert s['by_month'] == {'2016-10': 6}
assert s['by_country']['Syria'] == 5
assert s['by_source']['Reuters'] == 3 and s['by_source']['AFP'] == 2
PY
}
check "stats: counts by type, country, month and source" t_stats

# ------------------------------------------------------------ bad input

t_bad_lines() {
  run ingest --db "$tmp/bad.db" --extracted "$store/bad.jsonl" && rc_is 1 &&
  err_has "$store/bad.jsonl:2: malformed JSON" &&
  err_has "$store/bad.jsonl:3: events: missing" &&
  err_has "$store/bad.jsonl:4: events[0].date.value: '30/10/2016'" &&
  [ "$(sqlite3 "$tmp/bad.db" 'SELECT group_concat(id) FROM (SELECT id FROM documents ORDER BY id)')" = "lemonde-1,reuters-2" ]
}
check "bad extracted lines: named with file and line, skipped, the rest stored, exit 1" t_bad_lines

t_bad_db() {
  mkdir -p "$tmp/ro" && chmod 555 "$tmp/ro" &&
  run ingest --db "$tmp/ro/x.db" --extracted "$store/corpus.jsonl" && rc_is 2 && err_has "$tmp/ro/x.db" &&
  run export --db "$tmp/missing.db" && rc_is 2 && err_has "$tmp/missing.db" &&
  run ingest --extracted "$store/corpus.jsonl" && rc_is 2 && err_has "--db" &&
  printf 'not a database, not at all, not even close......................................................' >"$tmp/junk.db" &&
  run stats --db "$tmp/junk.db" && rc_is 2 && err_has "junk.db"
}
# root may write anywhere: the read-only directory proves nothing then.
if [ "$(id -u)" != 0 ]; then check "an unwritable or invalid database is named, exit 2" t_bad_db
else
  t_bad_db_root() {
    run export --db "$tmp/missing.db" && rc_is 2 && err_has "$tmp/missing.db" &&
    run ingest --extracted "$store/corpus.jsonl" && rc_is 2 && err_has "--db" &&
    printf 'not a database, not at all, not even close......................................................' >"$tmp/junk.db" &&
    run stats --db "$tmp/junk.db" && rc_is 2 && err_has "junk.db" &&
    run ingest --db /proc/x.db --extracted "$store/corpus.jsonl" && rc_is 2 && err_has "/proc/x.db"
  }
  check "an unwritable or invalid database is named, exit 2" t_bad_db_root
fi

t_newer_schema() {
  cp "$tmp/two.db" "$tmp/new.db" && sqlite3 "$tmp/new.db" 'PRAGMA user_version = 99' &&
  run stats --db "$tmp/new.db" && rc_is 2 && err_has "newer"
}
check "a database from a newer sitrep is refused, not misread" t_newer_schema

t_quiet_pipe() {
  # Not a terminal: no progress line, nothing on stderr.
  run ingest --db "$tmp/q.db" --extracted "$store/corpus.jsonl" && rc_is 0 && [ ! -s "$tmp/err" ]
}
check "no progress line when stderr is not a terminal" t_quiet_pipe

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
