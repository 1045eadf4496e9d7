#!/usr/bin/env bash
# End-to-end tests of the sitrep CLI.  Each case runs the binary as a user
# would and checks stdout, stderr and the exit status.  Prints a closing
# "N passed, N failed" line.
set -u
. "$(cd "$(dirname "$0")" && pwd)/lib.sh"

# The issue's own check: one valid object, sentence spans slicing exactly.
t_seed() {
  run extract --mentions --sentences "$data/dev/seed-001.jsonl" && rc_is 0 &&
  py "$tmp/out" "$data/dev/seed-001.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding='utf-8').read().splitlines()
assert len(lines) == 1, lines
d = json.loads(lines[0])
src = json.loads(open(sys.argv[2], encoding='utf-8').read())
text = src['text']
for k in ['id', 'lang', 'published', 'url', 'title', 'sentences', 'mentions', 'events', 'errors']:
    assert k in d, k
assert d['id'] == 'seed-001' and d['lang'] == 'fr' and d['published'] == '2016-11-02'
assert d['sentences'] == len(d['sentence_spans']) == 32, d['sentences']
prev = 0
for s, e in d['sentence_spans']:
    assert prev <= s < e <= len(text)
    seg = text[s:e]
    assert seg == seg.strip() and seg, (s, e)
    prev = e
spans = {text[s:e] for s, e in d['sentence_spans']}
assert 'Les pertes des rebelles' in spans
assert any(x.endswith('a précisé M. Guérassimov.') for x in spans)
assert text[d['sentence_spans'][-1][0]:d['sentence_spans'][-1][1]] == 'Source: Divers'
for m in d['mentions']:
    assert text[m['start']:m['end']] == m['text'], m
PY
}
check "seed-001: one object, spans slice the text" t_seed

t_txt_matches_jsonl() {
  run extract --sentences --published 2016-10-20 "$data/dev/seed-000.txt" && rc_is 0 &&
  cp "$tmp/out" "$tmp/a" && run extract --sentences "$data/dev/seed-000.jsonl" && rc_is 0 &&
  py "$tmp/a" "$tmp/out" <<'PY'
import json, sys
a, b = (json.loads(open(p, encoding='utf-8').read()) for p in sys.argv[1:3])
assert a['id'] == b['id'] == 'seed-000'
assert a["published"] == b["published"] == "2016-10-20"
assert a['sentence_spans'] == b['sentence_spans']
PY
}
check ".txt and .jsonl of one article agree" t_txt_matches_jsonl

t_bad_line() {
  { sed -n 1p "$data/dev/seed-000.jsonl"; echo '{"id": "broken", "text": "sans fin'; \
    sed -n 1p "$data/dev/seed-001.jsonl"; } >"$tmp/mixed.jsonl"
  run extract "$tmp/mixed.jsonl" && rc_is 1 && err_has "$tmp/mixed.jsonl:2: malformed JSON" &&
  [ "$(wc -l <"$tmp/out")" = 2 ] && grep -q '"id":"seed-000"' "$tmp/out" &&
  grep -q '"id":"seed-001"' "$tmp/out"
}
check "a bad JSONL line: good documents out, error named, exit 1" t_bad_line

t_stdin() {
  cat "$data/dev/seed-000.jsonl" | "$SITREP" extract - >"$tmp/out" 2>"$tmp/err"
  [ $? = 0 ] && grep -q '"id":"seed-000"' "$tmp/out"
}
check "JSON Lines on stdin" t_stdin

t_stdin_bad() {
  printf '{"id":"ok","text":"Alep."}\nnot json\n' | "$SITREP" extract - >"$tmp/out" 2>"$tmp/err"
  [ $? = 1 ] && err_has "<stdin>:2:" && grep -q '"id":"ok"' "$tmp/out"
}
check "bad stdin line named <stdin>:2" t_stdin_bad

t_directory() {
  mkdir -p "$tmp/dir/sub"
  cp "$data/dev/seed-001.txt" "$tmp/dir/sub/"
  printf '<html><body><script>x()</script><p>Les rebelles ont fui Alep.</p></body></html>' >"$tmp/dir/page.html"
  printf '' >"$tmp/dir/empty.txt"
  printf 'Alep \xff Idleb.' >"$tmp/dir/broken.txt"
  run extract "$tmp/dir" && rc_is 1 &&
  err_has "empty.txt: document empty has no text" &&
  err_has "broken.txt: invalid UTF-8 at byte 5" &&
  py "$tmp/out" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
ids = [d['id'] for d in docs]
assert ids == ['broken', 'page', 'seed-001'], ids
assert docs[0]['errors'] and 'U+FFFD' in docs[0]['errors'][0]['message']
assert docs[1]['sentences'] == 1
PY
}
check "a directory: html, txt, empty and broken files" t_directory

t_unreadable() {
  run extract "$tmp/nope.jsonl" "$data/dev/seed-000.jsonl" && rc_is 1 &&
  err_has "nope.jsonl: No such file" && grep -q seed-000 "$tmp/out"
}
check "a missing file is named, the rest still comes out" t_unreadable

t_usage() {
  run extract && rc_is 2 && err_has "no input" &&
  run extract --lang xx "$data/dev/seed-000.jsonl" && rc_is 2 &&
  run extract --packs /nonexistent "$data/dev/seed-000.jsonl" && rc_is 2 &&
  err_has "/nonexistent/languages.txt" &&
  run frobnicate && rc_is 2
}
check "usage errors exit 2 with a message" t_usage

t_english() {
  printf '{"id":"en1","text":"Syrian government forces took control of the town on Sunday, a monitoring group said."}\n' >"$tmp/en.jsonl"
  run extract --pretty "$tmp/en.jsonl" && rc_is 0 && grep -q '"lang": "en"' "$tmp/out"
}
check "English detected; --pretty indents" t_english

t_large() {
  # A 50 MB document goes through in bounded memory.  Its output alone is
  # 126 MB of events; under ASan the peak is about 2.0 GB (1.1 GB in a
  # release build), so 2.5 GB catches a return of whole-output trees.
  py "$tmp/big.jsonl" "$data/dev/seed-001.jsonl" <<'PY'
import json, sys
text = json.loads(open(sys.argv[2], encoding='utf-8').read())['text']
big = (text + '\n') * (50_000_000 // len(text.encode()))
json.dump({'id': 'big', 'text': big}, open(sys.argv[1], 'w', encoding='utf-8'), ensure_ascii=False)
PY
  /usr/bin/time -f %M -o "$tmp/rss" "$SITREP" extract "$tmp/big.jsonl" >"$tmp/out" 2>"$tmp/err" &&
  grep -q '"id":"big"' "$tmp/out" &&
  { rss=$(cat "$tmp/rss"); echo "  peak RSS ${rss} KB"; [ "$rss" -lt 2500000 ]; }
}
if [ -x /usr/bin/time ]; then check "a 50 MB document" t_large; fi

t_jobs_same_bytes() {
  # Every test article, bad ones included, on 1 and on 3 threads: the same
  # stdout, stderr and exit status, byte for byte.
  local j
  for j in 1 3; do
    "$SITREP" extract -j "$j" --mentions --sentences "$data" "$tmp/nope.jsonl" \
      >"$tmp/out.$j" 2>"$tmp/err.$j"; echo $? >"$tmp/rc.$j"
  done
  [ "$(cat "$tmp/rc.1")" = 1 ] && [ -s "$tmp/out.1" ] && grep -q "nope.jsonl" "$tmp/err.1" &&
  cmp "$tmp/out.1" "$tmp/out.3" && cmp "$tmp/err.1" "$tmp/err.3" &&
  cmp "$tmp/rc.1" "$tmp/rc.3" &&
  run extract -j x "$data/dev" && rc_is 2 && err_has "-j takes a number"
}
check "extract -j 3: the same bytes out, in input order, as -j 1" t_jobs_same_bytes

t_gazetteer_image_same_bytes() {
  # The packs with the TSV files only (no compiled image), then with an
  # image compiled from them: the same bytes out; a truncated image is
  # refused by name.
  local p="$tmp/packs"
  rm -rf "$p" && cp -rs "$SITREP_PACKS" "$p" && rm -f "$p/geo/gazetteer.bin" &&
  SITREP_PACKS="$p" "$SITREP" extract --mentions "$data/dev" "$root/examples" >"$tmp/tsv.out" &&
  run gazetteer --packs "$p" && rc_is 0 && [ -s "$p/geo/gazetteer.bin" ] &&
  SITREP_PACKS="$p" "$SITREP" extract --mentions "$data/dev" "$root/examples" >"$tmp/image.out" &&
  cmp "$tmp/tsv.out" "$tmp/image.out" &&
  head -c 4096 "$p/geo/gazetteer.bin" >"$tmp/cut.bin" && mv "$tmp/cut.bin" "$p/geo/gazetteer.bin" &&
  SITREP_PACKS="$p" run extract "$data/dev" && rc_is 2 && err_has "gazetteer.bin: truncated"
}
check "the compiled gazetteer: the same bytes out as the TSV files" t_gazetteer_image_same_bytes

t_gold_mentions() { python3 "$here/score_mentions.py" "$SITREP" "$data/dev"; }
check "dev corpus: every gold date, figure and place found, no date as a quantity" t_gold_mentions

t_gold_attribution() { python3 "$here/score_attribution.py" "$SITREP" "$data/dev"; }
check "dev corpus: gold sources govern their events' sentences; actors named" t_gold_attribution

# Short dispatches we wrote in the styles of wire copy (tests/data/dispatches):
# each event's source, as the attribution cues of several conflicts give it.
t_dispatch_sources() { python3 "$here/score_dispatches.py" "$SITREP" "$data/dispatches/sources.tsv"; }
check "written dispatches: every event has the source its attribution names" t_dispatch_sources

# Reports of other wars we wrote (tests/data/wars): the same bar, French and
# English, with the not-events the precision issue names.
t_gold_wars() { python3 "$here/score_events.py" "$SITREP" "$data/wars"; }
check "written reports of other wars: every key event found; no not_event" t_gold_wars

t_gold_events() { python3 "$here/score_events.py" "$SITREP" "$data/dev"; }
check "dev corpus: every key event found with its type, place, figures and source; no not_event" t_gold_events

# English reports of FA-KES (../shared) that we annotated before the engine
# ran on them: the same bar as the dev corpus.
t_gold_fakes() {
  local fakes=${SITREP_SHARED:-$root/../shared}/corpus/fakes/dev.jsonl
  [ -f "$fakes" ] || { echo "  missing $fakes (the shared corpus; SITREP_SHARED names another place)"; return 1; }
  python3 "$here/score_events.py" "$SITREP" "$data/fakes" "$fakes"
}
check "FA-KES English reports (tests/data/fakes): every key event found; no not_event" t_gold_fakes

# The make eval scorer (bench/eval.py) on a report of our own and events
# made up for it: which events count as matched, duplicated, not-events.
t_eval_scorer() {
  py "$root/bench" <<'PY'
import sys
sys.path.insert(0, sys.argv[1])
import eval as ev
text = ("Des hommes armés ont tué trois villageois mardi à Kaya. "
        "Trois villageois ont été tués, a dit le maire. "
        "L'armée a promis de riposter. Depuis 2015, des milliers de personnes ont été tuées.")
gold = {'doc': 'own-1', 'events': [{
    'event_type': 'Violence against civilians', 'sub_event_type': ['Attack'], 'action': 'attack',
    'evidence': 'trois villageois mardi', 'key': True,
    'place': {'name': 'Kaya', 'lat': 13.09, 'lon': -1.08, 'km': 25},
    'actor1': ['Unidentified Armed Group (Burkina Faso)'], 'actor2': ['Civilians (Burkina Faso)'],
    'fatalities': 3}],
    'not_events': [{'evidence': 'a promis', 'why': 'a threat'},
                   {'evidence': 'Depuis 2015', 'why': 'cumulative toll'}]}
def event(word, kind, fat, actors=()):
    i = text.index(word)
    a = text.rfind('. ', 0, i) + 2 if text.rfind('. ', 0, i) >= 0 else 0
    b = text.find('. ', i) + 1 or len(text)
    sent = text[a:b]
    return {'event_type': kind, 'sub_event_type': 'Attack', 'action': 'kill', 'fatalities': fat,
            'evidence': [{'start': i, 'end': i + len(word)}], 'sentence': sent,
            'location': {'name': 'Kaya', 'lat': 13.1, 'lon': -1.1, 'admin1': 'Centre-Nord'},
            'date': None, 'attribution': [], 'quantities': [],
            'actors': [{'role': r, 'name': n, 'inter': 0} for r, n in actors]}
vac = 'Violence against civilians'
events = [
    event('tué', vac, 3, [('actor1', 'Unidentified Armed Group (Burkina Faso) (2015-)'),
                           ('actor2', 'civilians (burkina faso)')]),  # the event, fields right
    event('tués,', vac, 3),           # told again in the next sentence: a duplicate
    event('riposter', 'Battles', None),  # in the threat's sentence: a not-event
    event('tuées', vac, None),        # in the cumulative toll's sentence: a not-event
]
t = ev.Tally()
ev.score_doc(gold, text, events, t, False)
c = t.c
assert (c['emitted'], c['matched'], c['duplicates'], c['not_events']) == (4, 2, 1, 2), dict(c)
assert (c['key'], c['key_found'], c['key_right']) == (1, 1, 1), dict(c)
for f in ('type', 'sub-type', 'place', 'actor1', 'actor2', 'actors', 'fatalities'):
    assert t.fields[f] == [1, 1], (f, t.fields[f])
# a state's forces with a unit are the gold's forces without one, not the reverse
gendarmes = 'Police Forces of Burkina Faso (2022-) Gendarmerie'
assert 'gendarmerie' in ev.UNITS, ev.UNITS
assert ev.actor_right(gendarmes, ['Police Forces of Burkina Faso'])
assert ev.actor_right(gendarmes, ['Police Forces of Burkina Faso Gendarmerie'])
assert not ev.actor_right('Police Forces of Burkina Faso', ['Police Forces of Burkina Faso Gendarmerie'])
assert not ev.actor_right(gendarmes, ['Police Forces of Mali'])
assert not ev.actor_right('Rioters (Burkina Faso) Gendarmerie', ['Rioters (Burkina Faso)'])
assert not ev.actor_right(gendarmes, ['Police Forces of Burkina Faso'], units=set())
PY
}
check "make eval's scorer: matches, duplicates, not-events, fields and state forces' units on a report of our own" t_eval_scorer

t_golden() {
  local out="$tmp/golden" f name ok=0; mkdir -p "$out"
  for f in "$data"/dev/*.jsonl; do
    name=$(basename "$f" .jsonl).events.json
    "$SITREP" extract "$f" | python3 "$here/golden.py" >"$out/$name"
    diff "$root/tests/golden/$name" "$out/$name" || ok=1
  done
  return $ok
}
check "golden: today's events of the dev corpus, as reviewed (tests/golden)" t_golden

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
