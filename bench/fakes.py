#!/usr/bin/env python3
"""Agreement of sitrep's English events with FA-KES's crowd readings.

usage: bench/fakes.py SITREP ../shared/corpus/fakes/dev.jsonl ../shared/corpus/fakes/dev.gold.csv

FA-KES gives one crowd-read event per article: its date, governorate, the
side that killed, and the killed counts. sitrep reads each article (its
dateline, when it opens with one, as publication date: FA-KES has none) and
the script compares, in percent of articles:
  - date: an event of the article on the crowd's date, told by the text:
    by the story, or by the dateline sitrep read as publication date (an
    event the story does not date takes it, precision "published"); not by
    a publication date the caller gave;
  - governorate: an event located in the crowd's governorate (admin1);
  - killed: an event whose fatalities equal the crowd's civilians +
    non-civilians, within 10 % (articles where the crowd has a count); and
    the same for the largest of the article's fatalities, which a reader
    of one event per article would take (background tolls, a week's sum,
    another town's strike make it differ);
  - any event: the article gave at least one event.
Not a test: the crowd is noisy; this is a measurement."""
import csv, json, re, subprocess, sys, tempfile, unicodedata

MONTHS = {m: i + 1 for i, m in enumerate(
    'jan feb mar apr may jun jul aug sep oct nov dec'.split())}


def dateline(text):
    m = re.search(r'\b(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (20\d\d)\b',
                  text[:200])
    if m:
        return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    m = re.search(r'\b(January|February|March|April|May|June|July|August|September|October|'
                  r'November|December) (\d{1,2}),? (20\d\d)\b', text[:200])
    if m:
        return f"{m.group(3)}-{MONTHS[m.group(1)[:3].lower()]:02d}-{int(m.group(2)):02d}"
    return None


def fold(s):
    s = unicodedata.normalize('NFKD', s or '').casefold()
    return re.sub(r'[^a-z]', '', ''.join(c for c in s if not unicodedata.combining(c)))


def fold_spaces(s):
    """Diacritics and case folded, other characters kept: "Khān Shaykhūn"
    reads "khan shaykhun"."""
    s = unicodedata.normalize('NFKD', s or '').casefold()
    return ''.join(c for c in s if not unicodedata.combining(c))


# The crowd's governorate names that GeoNames spells otherwise, and the
# crowd's "damascus", its only name for Damascus and its countryside
# (FA-KES has no Rif Dimashq): the admin1 names each stands for, folded.
CROWD_GOVERNORATES = {'hasakeh': ('alhasakah',), 'lattakia': ('latakia',),
                      'damascus': ('damascusgovernorate', 'rifdimashq')}


def in_governorate(gov, admin1):
    """Whether an event's admin1 name is the crowd's governorate gov (folded)."""
    a = fold(admin1)
    if not gov or not a:
        return False
    return gov in a or a in gov or a in CROWD_GOVERNORATES.get(gov, ())


def read_gold(gold_csv):
    return {row['id']: row for row in csv.DictReader(open(gold_csv, encoding='utf-8'))}


def agreement(out_lines, gold):
    """Counts of articles agreeing with the crowd, from sitrep's output lines."""
    r = dict(n=0, any_event=0, dated=0, dated_story=0, placed=0, killed_ok=0, killed_any=0, killed_n=0)
    for line in out_lines:
        doc = json.loads(line)
        g = gold.get(doc['id'])
        if not g:
            continue
        r['n'] += 1
        events = doc['events']
        r['any_event'] += bool(events)
        mo, da, yr = (int(x) for x in g['date'].split('/'))
        day = f"20{yr:02d}-{mo:02d}-{da:02d}"
        # the report's own date standing in counts when sitrep read it from
        # the text's dateline, not when the caller gave it
        from_text = doc.get('published_from') == 'dateline'
        # a range of days ("on Saturday and Sunday", "last night": its two
        # days) that holds the crowd's day agrees with it
        told = [e for e in events if e['date'] and e['date']['value'] and
                e['date']['value'] <= day <= (e['date'].get('until') or e['date']['value'])]
        r['dated'] += any(e['date']['precision'] != 'published' or from_text for e in told)
        r['dated_story'] += any(e['date']['precision'] != 'published' for e in told)
        gov = fold(g['location'])
        r['placed'] += any(in_governorate(gov, e['location']['admin1'])
                           for e in events if e['location'] and e['location']['admin1'])
        want = int(g['nb_civilians'] or 0) + int(g['nb_noncivilians'] or 0)
        if want:
            r['killed_n'] += 1
            got = [e['fatalities'] or 0 for e in events]
            r['killed_any'] += any(abs(x - want) <= 0.1 * want for x in got)
            r['killed_ok'] += abs(max(got + [0]) - want) <= 0.1 * want
    return r


def pct(a, b):
    return f"{100 * a / b:.0f}%" if b else "-"


def main(argv):
    sitrep, corpus, gold_csv = argv[1:4]
    gold = read_gold(gold_csv)
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as tmp:
        for line in open(corpus, encoding='utf-8'):
            d = json.loads(line)
            d['published'] = dateline(d['text'])
            tmp.write(json.dumps(d, ensure_ascii=False) + '\n')
    out = subprocess.run([sitrep, 'extract', tmp.name], capture_output=True, text=True).stdout
    r = agreement(out.splitlines(), gold)
    n, kn = r['n'], r['killed_n']
    print(f"FA-KES dev, {n} articles: any event {pct(r['any_event'], n)}, date {pct(r['dated'], n)}, "
          f"governorate {pct(r['placed'], n)}, killed by an event {pct(r['killed_any'], kn)}, "
          f"as the largest {pct(r['killed_ok'], kn)} (of {kn} with a count)")


if __name__ == '__main__':
    main(sys.argv)
