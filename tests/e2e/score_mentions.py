#!/usr/bin/env python3
"""Scores sitrep's date, quantity and place mentions against the gold.

usage: score_mentions.py SITREP GOLD_DIR

For every gold event of every *.gold.json (with its *.jsonl beside it): its
date must be found as a date mention with the same value, precision and
until; each of its quantities as a quantity mention with the same value, and
the same qualifier and counted noun ("of") when the gold gives them; its
place as a place mention resolved within the gold's tolerance. No date may
come out as a quantity, and no place of these Syrian reports abroad. Prints a line per document and exits 1 on any
miss."""
import glob, json, math, os, re, subprocess, sys


def km(lat1, lon1, lat2, lon2):
    r = math.pi / 180
    h = (math.sin((lat2 - lat1) * r / 2) ** 2 + math.cos(lat1 * r) * math.cos(lat2 * r)
         * math.sin((lon2 - lon1) * r / 2) ** 2)
    return 2 * 6371 * math.asin(math.sqrt(h))

sitrep, gold_dir = sys.argv[1], sys.argv[2]
missed = 0
total = 0
for gold_path in sorted(glob.glob(os.path.join(gold_dir, '*.gold.json'))):
    gold = json.load(open(gold_path, encoding='utf-8'))
    doc_path = gold_path.replace('.gold.json', '.jsonl')
    out = subprocess.run([sitrep, 'extract', '--mentions', doc_path],
                         capture_output=True, text=True, check=True).stdout
    doc = json.loads(out)
    dates = [m for m in doc['mentions'] if m['type'] == 'date']
    places = [m for m in doc['mentions'] if m['type'] == 'place']
    quants = [m for m in doc['mentions'] if m['type'] == 'quantity']
    found = want = 0
    for ev in gold['events']:
        d = ev.get('date')
        if d:
            want += 1
            ok = any(m['value'] == d['value'] and m['precision'] == d['precision']
                     and m.get('until') == d.get('until') for m in dates)
            found += ok
            if not ok:
                print(f"  {gold['doc']}: date {d} not found")
        p = ev.get('place')
        if p:
            want += 1
            ok = any(m['lat'] is not None and
                     km(m['lat'], m['lon'], p['lat'], p['lon']) <= p['km'] for m in places)
            found += ok
            if not ok:
                print(f"  {gold['doc']}: place {p['name']} not resolved within {p['km']} km")
        for q in ev.get('quantities', []):
            want += 1
            ok = any(m['value'] == q['value']
                     and ('qualifier' not in q or m['qualifier'] == q['qualifier'])
                     and ('of' not in q or m['of'] == q['of']) for m in quants)
            found += ok
            if not ok:
                print(f"  {gold['doc']}: quantity {q} not found")
    # No date as a quantity: no overlap, no day-month or year taken for a count.
    for q in quants:
        for d in dates:
            if q['start'] < d['end'] and d['start'] < q['end']:
                print(f"  {gold['doc']}: quantity {q['text']!r} overlaps date {d['text']!r}")
                want += 1
        if re.search(r'\d+-\d+', q['text']) or q['role'] == 'year':
            print(f"  {gold['doc']}: date-like quantity {q['text']!r}")
            want += 1
    # These reports are about Syria: no town or neighbourhood abroad.
    for m in places:
        if m['kind'] not in ('country',) and m['iso2'] != 'SY':
            print(f"  {gold['doc']}: {m['text']!r} resolved abroad to {m['name']} ({m['iso2']})")
            want += 1
    print(f"{gold['doc']}: {found}/{want} gold dates, figures and places found")
    missed += want - found
    total += want
print(f"mentions: {total - missed}/{total} found")
sys.exit(1 if missed else 0)
