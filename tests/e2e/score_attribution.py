#!/usr/bin/env python3
"""Scores sitrep's actor and source mentions against the gold.

usage: score_attribution.py SITREP GOLD_DIR

For every gold event with a `source`: the sources that govern the sentence
of its evidence (the most specific ones, ranked as sr_index_sources
ranks them: named in the sentence, a quotation's speaker, the paragraph's,
the lede's, the article's source line) must include one of the gold's names
(in the source's name, text, affiliation or relay). For every gold event
with `actors`: each actor must come out, with its canonical name and an
inter code, as an actor mention in the evidence's sentence, resolved through
references ("ces derniers"), or be the side of the speaker that governs
the sentence (its affiliation names the actor's country: the events stage
makes it the actor); an actor the sentence does not name at all is listed,
not failed.
Prints a line per document and exits 1 on any miss."""
import glob, json, os, subprocess, sys, unicodedata


def fold(s):
    s = unicodedata.normalize('NFKD', s or '').casefold()
    return ''.join(c for c in s if not unicodedata.combining(c)).replace('’', "'")


def sentence_of(spans, offset):
    for i, (a, b) in enumerate(spans):
        if a <= offset < b:
            return i
    return None


def rank(m, s, sentence_of_m):
    if m['via_of'] or m['type'] != 'source':
        return 0
    if m['fallback']:
        return 1
    a, b = m['governs']
    if a <= s <= b:
        if s == sentence_of_m:
            return 5
        return 4 if m['scope'] == 'quote' else 3
    if m['lead'] and s <= m['lead'][1]:
        return 2
    return 0


sitrep, gold_dir = sys.argv[1], sys.argv[2]
missed = total = 0
for gold_path in sorted(glob.glob(os.path.join(gold_dir, '*.gold.json'))):
    gold = json.load(open(gold_path, encoding='utf-8'))
    doc_path = gold_path.replace('.gold.json', '.jsonl')
    text = json.loads(open(doc_path, encoding='utf-8').readline())['text']
    out = subprocess.run([sitrep, 'extract', '--mentions', '--sentences', doc_path],
                         capture_output=True, text=True, check=True).stdout
    doc = json.loads(out)
    spans, mentions = doc['sentence_spans'], doc['mentions']
    for m in mentions:
        m['via_of'] = False
    for m in mentions:
        if m['type'] == 'source' and m['via'] is not None:
            mentions[m['via']]['via_of'] = True
    found = want = 0
    for ev in gold['events']:
        at = text.find(ev['evidence'])
        assert at >= 0, f"{gold['doc']}: evidence not in text: {ev['evidence']!r}"
        s = sentence_of(spans, at)
        ranked = []
        said = ''
        if ev.get('source'):
            want += 1
            ranked = [(rank(m, s, sentence_of(spans, m['start'])), m) for m in mentions
                      if m['type'] == 'source']
            best = max([r for r, _ in ranked] + [0])
            said = []
            for r, m in ranked:
                if r and r == best:
                    said += [m['name'], m['text'], m['affiliation']]
                    if m['via'] is not None:
                        said += [mentions[m['via']]['name'], mentions[m['via']]['text']]
            said = ' | '.join(fold(x) for x in said if x)
            ok = any(fold(g) in said for g in ev['source'])
            found += ok
            if not ok:
                print(f"  {gold['doc']}: source {ev['source']} not governing "
                      f"{ev['evidence'][:50]!r} (has: {said or 'nothing'})")
        for name in ev.get('actors', []):
            here = [m for m in mentions if m['type'] == 'actor'
                    and sentence_of(spans, m['start']) == s]
            names = set()
            for m in here:
                if m['name'] and m['inter']:
                    names.add(m['name'])
                for r in m['refers_to'] or []:
                    names.add(mentions[r]['name'])
            if not here:
                print(f"  {gold['doc']}: {name} not named in {ev['evidence'][:50]!r}: left to events")
                continue
            want += 1
            country = fold(name.split(' of ')[-1]) if ' of ' in name else None
            ok = any(n and n.startswith(name) for n in names) or bool(
                country and country in said)
            found += ok
            if not ok:
                print(f"  {gold['doc']}: actor {name} not in {sorted(n for n in names if n)}")
    print(f"{gold['doc']}: {found}/{want} gold sources and actors found")
    missed += want - found
    total += want
print(f"attribution: {total - missed}/{total} found")
sys.exit(1 if missed else 0)
