#!/usr/bin/env python3
"""Checks the sources of short dispatches written for the tests.

usage: score_dispatches.py SITREP TSV

Each line of TSV is lang<TAB>name<TAB>text (lines opening with # are notes).
Every dispatch sitrep finds an event in must have an event whose attribution
(a source's name, text or affiliation) holds the name as whole words, compared
without case or accents.  A dispatch with no event is listed, not failed (the
events stage decides what an event is).  Prints each miss; exits 1 on any."""
import json, re, subprocess, sys, unicodedata


def fold(s):
    s = unicodedata.normalize('NFKD', s or '').casefold()
    return ''.join(c for c in s if not unicodedata.combining(c)).replace('\u2019', "'")


def main():
    sitrep, tsv = sys.argv[1], sys.argv[2]
    rows = []
    for n, line in enumerate(open(tsv, encoding='utf-8'), 1):
        if line.strip() and not line.startswith('#'):
            lang, name, text = line.rstrip('\n').split('\t')
            rows.append((n, lang, name, text))
    records = ''.join(json.dumps({'id': f'line-{n}', 'lang': lang, 'text': text,
                                  'published': '2024-03-05'}, ensure_ascii=False) + '\n'
                      for n, lang, name, text in rows)
    run = subprocess.run([sitrep, 'extract', '-'], input=records, capture_output=True,
                         text=True)
    out = {d['id']: d for d in map(json.loads, run.stdout.splitlines())}
    misses = 0
    for n, lang, name, text in rows:
        doc = out.get(f'line-{n}')
        if doc is None:
            print(f"  line {n}: no output"); misses += 1; continue
        if not doc['events']:
            print(f"  line {n}: no event (not scored)"); continue
        want = re.compile(r'(?<!\w)' + re.escape(fold(name)) + r'(?!\w)')
        said = [[a['name'] or a['text'] for a in e['attribution']] for e in doc['events']]
        if not any(want.search(fold(x)) for e in doc['events'] for a in e['attribution']
                   for x in (a['name'], a['text'], a['affiliation']) if x):
            print(f"  line {n}: source {name!r} missing (has {said})"); misses += 1
    print(f"  {len(rows) - misses} of {len(rows)} dispatches right")
    return 1 if misses else 0


if __name__ == '__main__':
    sys.exit(main())
