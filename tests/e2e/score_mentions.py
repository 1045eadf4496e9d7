#!/usr/bin/env python3
"""Scores sitrep's date and quantity mentions against the gold readings.

usage: score_mentions.py SITREP GOLD_DIR

For every gold event of every *.gold.json (with its *.jsonl beside it): its
date must be found as a date mention with the same value, precision and
until; each of its quantities as a quantity mention with the same value, and
the same qualifier and counted noun ("of") when the gold gives them. No date
may come out as a quantity. Prints a line per document and exits 1 on any
miss."""
import glob, json, os, re, subprocess, sys

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
    print(f"{gold['doc']}: {found}/{want} gold dates and figures found")
    missed += want - found
    total += want
print(f"mentions: {total - missed}/{total} found")
sys.exit(1 if missed else 0)
