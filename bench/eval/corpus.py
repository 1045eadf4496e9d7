#!/usr/bin/env python3
"""The multi-conflict evaluation corpus: manifest, cached texts, corpus.jsonl.

usage: bench/eval/corpus.py build   [--cache DIR]   rebuild DIR/corpus.jsonl from DIR/texts/
       bench/eval/corpus.py check   [--cache DIR]   texts present and unchanged, splits by the rule
       bench/eval/corpus.py fill ANSWER.json... [--loose] [--cache DIR]
                                    refill the cache from saved search answers: each file
                                    is the search tool's JSON answer ({"results": [{url,
                                    excerpt}...]}) or JSON Lines of {url, excerpt}; the
                                    manifest's lines with that url get their text back
       bench/eval/corpus.py add FILE.jsonl --batch N [--cache DIR]
                                    add a batch of reports ({id, lang, conflict, query,
                                    url, published, text} per line) to the manifest and cache

The report texts are third-party: they live only in the git-ignored cache
(bench/work/eval by default). The committed manifest (bench/eval/manifest.jsonl)
says for each report how to find it again (the search query and the URL of
the result), its publication date when the text or URL gives it, the length
and SHA-256 of the cached text (so a refilled text can be checked), and its
split. See docs/eval.md.

The split is fixed by a rule, not by choice, and was applied before any gold
was written: within each batch (reports added together) and language, reports
sorted by (conflict, id) alternate dev, heldout, dev, heldout, ... Conflicts
thus fall on both sides, the halves of a batch differ by at most one report
per language, and a later batch leaves the earlier splits as they were."""
import hashlib, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MANIFEST = os.path.join(ROOT, 'bench', 'eval', 'manifest.jsonl')
DEFAULT_CACHE = os.path.join(ROOT, 'bench', 'work', 'eval')


def sha(text):
    return hashlib.sha256(text.encode('utf-8')).hexdigest()


def read_manifest(path=MANIFEST):
    if not os.path.exists(path):
        return []
    return [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]


def write_manifest(rows, path=MANIFEST):
    with open(path, 'w', encoding='utf-8') as f:
        for r in sorted(rows, key=lambda r: r['id']):
            f.write(json.dumps(r, ensure_ascii=False) + '\n')


def splits(rows):
    """The split of every report by the rule (see the module's note)."""
    out = {}
    for batch, lang in sorted({(r.get('batch', 1), r['lang']) for r in rows}):
        ordered = sorted((r for r in rows if r['lang'] == lang and r.get('batch', 1) == batch),
                         key=lambda r: (r['conflict'], r['id']))
        for i, r in enumerate(ordered):
            out[r['id']] = 'dev' if i % 2 == 0 else 'heldout'
    return out


def text_path(cache, doc_id):
    return os.path.join(cache, 'texts', doc_id + '.txt')


def build(cache):
    rows = read_manifest()
    missing = []
    out_path = os.path.join(cache, 'corpus.jsonl')
    os.makedirs(cache, exist_ok=True)
    n = 0
    with open(out_path, 'w', encoding='utf-8') as out:
        for r in rows:
            p = text_path(cache, r['id'])
            if not os.path.exists(p):
                missing.append(r['id'])
                continue
            text = open(p, encoding='utf-8').read()
            if sha(text) != r['sha256']:
                print(f"corpus: {p}: text differs from the manifest's (sha256); kept, "
                      f"but gold evidence may not match", file=sys.stderr)
            out.write(json.dumps({'id': r['id'], 'lang': r['lang'], 'published': r['published'],
                                  'text': text}, ensure_ascii=False) + '\n')
            n += 1
    print(f"corpus: {n} reports written to {out_path}"
          + (f"; {len(missing)} not in the cache ({' '.join(missing[:5])}"
             f"{' ...' if len(missing) > 5 else ''}): see docs/eval.md" if missing else ''))
    return 1 if missing else 0


def check(cache):
    rows = read_manifest()
    bad = 0
    rule = splits(rows)
    for r in rows:
        if rule[r['id']] != r['split']:
            print(f"{r['id']}: split {r['split']}, the rule says {rule[r['id']]}")
            bad += 1
        p = text_path(cache, r['id'])
        if not os.path.exists(p):
            print(f"{r['id']}: not in the cache ({p})")
            bad += 1
        elif sha(open(p, encoding='utf-8').read()) != r['sha256']:
            print(f"{r['id']}: cached text differs from the manifest's")
            bad += 1
    print(f"check: {len(rows)} reports, {bad} problems")
    return 1 if bad else 0


DATE_PREFIX = re.compile(r'^ ?date \d{4}-\d{2}(-\d{2})?[ \n]?')


def nearest(excerpt, row):
    """With --loose: the run of whole lines nearest the manifest's length, for a
    transcription that slipped a character (gold evidence elsewhere still matches)."""
    body = DATE_PREFIX.sub('', excerpt, count=1)
    lines = body.split('\n')
    best = None
    for i in range(len(lines)):
        for j in range(i + 1, len(lines) + 1):
            cand = '\n'.join(lines[i:j])
            if best is None or abs(len(cand) - row['chars']) < abs(len(best) - row['chars']):
                best = cand
    return best


def recover(excerpt, row):
    """The manifest's text inside a search excerpt: the stretch of the manifest's
    length and SHA-256, in the excerpt less the tool's date prefix, as it came or
    with runs of blank lines cut to one (as the cache was first written). None when
    no stretch matches (a transcription slip, or a changed page)."""
    body = DATE_PREFIX.sub('', excerpt, count=1)
    n = row['chars']
    for text in (body, re.sub(r'\n{3,}', '\n\n', body)):
        for i in range(len(text) - n + 1):
            if sha(text[i:i + n]) == row['sha256']:
                return text[i:i + n]
    return None


def answers(path):
    text = open(path, encoding='utf-8').read()
    try:
        doc = json.loads(text)
        items = doc['results'] if isinstance(doc, dict) else doc
    except json.JSONDecodeError:
        items = [json.loads(line) for line in text.splitlines() if line.strip()]
    return [(it['url'], it['excerpt']) for it in items if 'url' in it and 'excerpt' in it]


def fill(paths, cache, loose=False):
    by_url = {}
    for r in read_manifest():
        by_url.setdefault(r['url'], []).append(r)
    os.makedirs(os.path.join(cache, 'texts'), exist_ok=True)
    bad = 0
    for path in paths:
        for url, excerpt in answers(path):
            for r in by_url.get(url, []):
                text = recover(excerpt, r)
                if text is None and loose:
                    text = nearest(excerpt, r)
                    print(f"fill: {path}: {r['id']}: no exact match; --loose wrote the nearest run "
                          f"({len(text)} chars for {r['chars']})", file=sys.stderr)
                    bad += 1
                if text is None:
                    print(f"fill: {path}: {r['id']}: no run of whole lines of the excerpt has the "
                          f"manifest's SHA-256 ({r['chars']} chars); not written", file=sys.stderr)
                    bad += 1
                    continue
                with open(text_path(cache, r['id']), 'w', encoding='utf-8') as f:
                    f.write(text)
                print(f"fill: {r['id']}: {len(text)} chars")
    return 1 if bad else 0


def add(path, batch, cache):
    rows = {r['id']: r for r in read_manifest()}
    for r in rows.values():
        r.setdefault('batch', 1)
    os.makedirs(os.path.join(cache, 'texts'), exist_ok=True)
    for line in open(path, encoding='utf-8'):
        if not line.strip():
            continue
        d = json.loads(line)
        text = d['text']
        with open(text_path(cache, d['id']), 'w', encoding='utf-8') as f:
            f.write(text)
        if d['id'] in rows and rows[d['id']]['batch'] != batch:
            sys.exit(f"add: {d['id']} is already in batch {rows[d['id']]['batch']}")
        rows[d['id']] = {'id': d['id'], 'batch': batch, 'lang': d['lang'], 'conflict': d['conflict'],
                         'query': d['query'], 'url': d['url'], 'published': d.get('published'),
                         'chars': len(text), 'sha256': sha(text), 'split': None}
    rule = splits(list(rows.values()))
    for r in rows.values():
        r['split'] = rule[r['id']]
    write_manifest(list(rows.values()))
    print(f"add: manifest has {len(rows)} reports")
    return 0


def main(argv):
    cache = DEFAULT_CACHE
    if '--cache' in argv:
        i = argv.index('--cache')
        cache = argv[i + 1]
        del argv[i:i + 2]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == 'build':
        return build(cache)
    if argv[0] == 'check':
        return check(cache)
    if argv[0] == 'fill' and len(argv) > 1:
        loose = '--loose' in argv
        return fill([a for a in argv[1:] if a != '--loose'], cache, loose)
    if argv[0] == 'add' and len(argv) == 4 and argv[2] == '--batch':
        return add(argv[1], int(argv[3]), cache)
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
