#!/usr/bin/env python3
"""Scores sitrep's events against gold readings.

usage: score_events.py SITREP GOLD_DIR [CORPUS.jsonl]

Each GOLD_DIR/*.gold.json is read with its document: GOLD_DIR/<doc>.jsonl
beside it, or the line of CORPUS.jsonl whose id is the gold's `doc` (with the
gold's `published`). A gold event is found when a realised event has
evidence overlapping the gold's evidence, the gold's event type and one of
its sub-event types, its place within the gold's tolerance, each gold
quantity (kind and value), and one of the gold's sources in its
attribution. Prints per document: key events found, minor events found,
extra events (matching no gold event), and not_events wrongly emitted.
Exits 1 when a key event is missed or a not_event is emitted."""
import glob, json, math, os, re, subprocess, sys, tempfile, unicodedata


def fold(s):
    s = unicodedata.normalize('NFKD', s or '').casefold()
    return ''.join(c for c in s if not unicodedata.combining(c)).replace('’', "'")


def km(lat1, lon1, lat2, lon2):
    r = math.pi / 180
    h = (math.sin((lat2 - lat1) * r / 2) ** 2 + math.cos(lat1 * r) * math.cos(lat2 * r)
         * math.sin((lon2 - lon1) * r / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(h))


def overlaps(ev, a, b):
    return any(s['start'] < b and a < s['end'] for s in ev['evidence'])


def said_by(gold_sources, ev):
    """Whether one of the gold's source names appears in the event's attribution,
    as whole words: "AP" is not found in "rapporteur", nor "ONU" in "onusien"."""
    said = ' | '.join(fold(x) for a in ev['attribution']
                      for x in (a['name'], a['text'], a['affiliation']) if x)
    return any(re.search(r'(?<!\w)' + re.escape(fold(g)) + r'(?!\w)', said)
               for g in gold_sources), said


def span(text, evidence, doc):
    """The gold evidence's [start, end) in text; the first occurrence."""
    a = text.find(evidence)
    assert a >= 0, f"{doc}: evidence not in text: {evidence!r}"
    return a, a + len(evidence)


def trigger_in(ev, a, b):
    """Whether the event's trigger (its first evidence span) lies in [a, b)."""
    t = ev['evidence'][0]
    return t['start'] < b and a < t['end']


def realised(doc_out):
    return [e for e in doc_out['events'] if e.get('status', 'realised') == 'realised']


def problems(gold, ev):
    """What the event gets wrong about the gold event; empty when found."""
    out = []
    if ev['event_type'] != gold['event_type']:
        out.append(f"type {ev['event_type']}")
    elif ev['sub_event_type'] not in gold['sub_event_type']:
        out.append(f"sub-type {ev['sub_event_type']}")
    p, loc = gold.get('place'), ev['location']
    if p and not (loc and loc['lat'] is not None
                  and km(loc['lat'], loc['lon'], p['lat'], p['lon']) <= p['km']):
        out.append(f"place {loc and loc['name']} not within {p['km']} km of {p['name']}")
    for q in gold.get('quantities', []):
        if not any(x['kind'] == q['kind'] and x['value'] == q['value']
                   for x in ev['quantities']):
            out.append(f"quantity {q['kind']} {q['value']}")
    if gold.get('source'):
        ok, said = said_by(gold['source'], ev)
        if not ok:
            out.append(f"source {gold['source']} (has: {said or 'nothing'})")
    return out


def main(argv):
    sitrep, gold_dir = argv[1], argv[2]
    corpus = {}
    if len(argv) > 3:
        for line in open(argv[3], encoding='utf-8'):
            d = json.loads(line)
            corpus[d['id']] = d
    failed = 0
    totals = [0, 0, 0, 0, 0, 0]
    for gold_path in sorted(glob.glob(os.path.join(gold_dir, '*.gold.json'))):
        gold = json.load(open(gold_path, encoding='utf-8'))
        doc_path = gold_path.replace('.gold.json', '.jsonl')
        tmp = None
        if not os.path.exists(doc_path):
            record = dict(corpus[gold['doc']])
            record['published'] = gold.get('published')
            tmp = tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8')
            tmp.write(json.dumps(record, ensure_ascii=False) + '\n')
            tmp.close()
            doc_path = tmp.name
        text = json.loads(open(doc_path, encoding='utf-8').readline())['text']
        out = subprocess.run([sitrep, 'extract', doc_path], capture_output=True,
                             text=True, check=True).stdout
        if tmp:
            os.unlink(tmp.name)
        events = realised(json.loads(out))
        matched = set()
        key_found = key_total = minor_found = minor_total = 0
        for g in gold['events']:
            a, b = span(text, g['evidence'], gold['doc'])
            near = [e for e in events if overlaps(e, a, b)]
            for e in near:
                matched.add(e['id'])
            best = min((problems(g, e) for e in near), key=len, default=['no event'])
            ok = not best
            if g.get('key'):
                key_total += 1
                key_found += ok
            else:
                minor_total += 1
                minor_found += ok
            if not ok:
                print(f"  {gold['doc']}: {'key' if g.get('key') else 'minor'} {g['action']} "
                      f"{g['evidence'][:50]!r}: {'; '.join(best)}")
        wrong = 0
        for n in gold.get('not_events', []):
            a, b = span(text, n['evidence'], gold['doc'])
            for e in events:
                if trigger_in(e, a, b):
                    t = e['evidence'][0]
                    wrong += 1
                    print(f"  {gold['doc']}: not an event ({n['why']}): {e['action']} "
                          f"{text[t['start']:t['end']]!r}")
        extra = [e for e in events if e['id'] not in matched]
        for e in extra:
            t = e['evidence'][0]
            print(f"  {gold['doc']}: extra {e['action']} {text[t['start']:t['end']]!r} "
                  f"in {e['sentence'][:60]!r}")
        print(f"{gold['doc']}: key {key_found}/{key_total}, minor {minor_found}/{minor_total}, "
              f"extra {len(extra)}, not_events emitted {wrong}")
        failed += (key_total - key_found) + wrong
        for i, v in enumerate([key_found, key_total, minor_found, minor_total, len(extra), wrong]):
            totals[i] += v
    print(f"events: key {totals[0]}/{totals[1]}, minor {totals[2]}/{totals[3]}, "
          f"extra {totals[4]}, not_events emitted {totals[5]}")
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
