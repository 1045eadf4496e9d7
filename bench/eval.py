#!/usr/bin/env python3
"""make eval: sitrep measured on reports it was not built on. A measurement, not a test.

usage: bench/eval.py [--sitrep build/sitrep] [--corpus CORPUS.jsonl] [--gold DIR]
                     [--shared ../shared] [--details] [--append docs/quality.md]

Prints three parts (docs/eval.md says how each figure is counted):

1. Gold-read reports. The multi-conflict corpus by default (bench/eval/gold, texts
   from the git-ignored cache bench/work/eval/corpus.jsonl), per language and half
   (dev / heldout, from each gold's `split`; a gold without one counts under `all`),
   then the seed reports (tests/data/dev) and the FA-KES gold sample
   (tests/data/fakes). Per group: key-event recall, precision (events matching a
   gold event / events emitted), duplicates (events matching a gold event an
   earlier event already matched), not-events emitted, and accuracy per field on
   the matched gold events.
2. FA-KES dev (the shared corpus, `published` absent): articles with an event on
   the crowd's date, in its governorate, with its killed count; the share of
   Armed clash events whose two sides are not both armed groups; events
   placed outside Syria (--abroad lists them).
3. ACLED notes (acled-bfa): per note THE event (the first of the gold's type,
   else the first), scored on type (overall and per type), sub-type, place,
   date, fatalities, actor1's inter code, actor1's name, actor2's name (none
   where ACLED has none) and both.
4. Clusters (`sitrep ingest` of FA-KES dev, no published dates): pairwise
   precision and recall of "same cluster" against the crowd's same-day,
   same-governorate sets, and the Khan Sheikhoun cluster's outlets and figures.

--corpus/--gold score another set of the same kind (a hidden one): a JSON Lines
corpus of {id, lang, published, text} and a directory of ID.gold.json files.
--append writes the printed table at the top of the runs in docs/quality.md,
with the commit and the date."""
import argparse, collections, csv, datetime, glob, json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'tests', 'e2e'))
sys.path.insert(0, os.path.join(ROOT, 'bench'))
import score_events as se  # noqa: E402  (the matcher shared with make test)
import fakes  # noqa: E402

ARMED = {1, 2, 3, 4, 8}  # ACLED inter codes of organised armed sides
TYPES = ['Battles', 'Explosions/Remote violence', 'Violence against civilians',
         'Protests', 'Riots', 'Strategic developments']
FIELDS = ['type', 'sub-type', 'place', 'date', 'actor1', 'actor2', 'actors',
          'fatalities', 'source']


def extract(sitrep, records, options=()):
    """sitrep's output documents for the records (dicts), in order."""
    with tempfile.NamedTemporaryFile('w', suffix='.jsonl', delete=False, encoding='utf-8') as tmp:
        for r in records:
            tmp.write(json.dumps(r, ensure_ascii=False) + '\n')
    try:
        run = subprocess.run([sitrep, 'extract', *options, tmp.name], capture_output=True, text=True)
    finally:
        os.unlink(tmp.name)
    if run.returncode == 2:
        sys.exit(f"eval: {sitrep} failed: {run.stderr.strip()}")
    return [json.loads(line) for line in run.stdout.splitlines()]


def actor_name(name):
    """An actor name compared without case, accents or ACLED's period suffix:
    "Military Forces of Mali (2021-)" and "military forces of mali" are one."""
    name = re.sub(r'\(\s*\d{4}\s*-\s*(\d{4})?\s*\)', ' ', name or '')
    return ' '.join(se.fold(name).split())


def force_units():
    """The units sitrep writes after a state's forces (the fifth column of
    packs/LANG/forces.txt: "Police Forces of Guinea (2021-) Gendarmerie"),
    folded. The gold readings name the forces without ACLED's unit."""
    units = set()
    for path in glob.glob(os.path.join(ROOT, 'packs', '*', 'forces.txt')):
        for line in open(path, encoding='utf-8'):
            f = line.rstrip('\n').split('\t')
            if not line.startswith('#') and len(f) >= 5 and f[4].strip():
                units.add(actor_name(f[4]))
    return units


UNITS = force_units()
STATE_FORCES = re.compile(r'(military|police) forces of ')


def actor_right(got, want, units=None):
    """Is the name sitrep gave one of the gold's names? A state's forces with
    a unit ("Police Forces of Guinea (2021-) Gendarmerie") are the gold's forces
    without one ("Police Forces of Guinea"), only when that gold name has no
    unit itself: a gold that names the unit wants it."""
    units = UNITS if units is None else units
    name, wanted = actor_name(got), {actor_name(x) for x in want}
    if name in wanted:
        return True
    for unit in units:
        if name.endswith(' ' + unit):
            bare = name[:-len(unit) - 1]
            if STATE_FORCES.match(bare) and bare in wanted:
                return True
    return False


def role(ev, which):
    return next((a for a in ev['actors'] if a['role'] == which), None)


def field_checks(g, ev):
    """{field: right?} for the fields the gold event gives."""
    out = {'type': ev['event_type'] == g['event_type'],
           'sub-type': ev['sub_event_type'] in g['sub_event_type']}
    p, loc = g.get('place'), ev['location']
    if p:
        out['place'] = bool(loc and loc['lat'] is not None
                            and se.km(loc['lat'], loc['lon'], p['lat'], p['lon']) <= p['km'])
    if g.get('date'):
        d = ev['date'] or {}
        out['date'] = (d.get('value') == g['date']['value']
                       and (not g['date'].get('until') or d.get('until') == g['date']['until']))
    ok = {}
    for which in ('actor1', 'actor2'):
        want = g.get(which)
        got = role(ev, which)
        if want:
            ok[which] = bool(got) and actor_right(got['name'], want)
            out[which] = ok[which]
        else:
            ok[which] = got is None or got.get('name') is None
    if 'actor1' in g or 'actor2' in g:
        out['actors'] = ok['actor1'] and ok['actor2']
    if g.get('fatalities') is not None:
        out['fatalities'] = (ev['fatalities'] or 0) == g['fatalities']
    if g.get('source'):
        out['source'] = se.said_by(g['source'], ev)[0]
    return out


class Tally:
    def __init__(self):
        self.docs = 0
        self.c = collections.Counter()
        self.fields = collections.defaultdict(lambda: [0, 0])

    def add(self, other):
        self.docs += other.docs
        self.c.update(other.c)
        for f, (r, n) in other.fields.items():
            self.fields[f][0] += r
            self.fields[f][1] += n


def sentence_span(text, ev):
    """[start, end) of the event's sentence in text (the occurrence holding its trigger)."""
    t = ev['evidence'][0]['start']
    sent = ev.get('sentence') or ''
    i = text.find(sent)
    while i >= 0 and sent:
        if i <= t < i + len(sent):
            return i, i + len(sent)
        i = text.find(sent, i + 1)
    return t, ev['evidence'][0]['end']


def occurrences(text, evidence, doc):
    """Every [start, end) of evidence in text (at least one, or the gold is broken)."""
    out = [se.span(text, evidence, doc)]
    while True:
        i = text.find(evidence, out[-1][0] + 1)
        if i < 0:
            return out
        out.append((i, i + len(evidence)))


def restates(g, ev):
    """Whether an event anchored nowhere can be the gold event told again."""
    if ev['event_type'] != g['event_type']:
        return False
    if g.get('fatalities') is not None and ev['fatalities'] is not None \
            and ev['fatalities'] != g['fatalities']:
        return False
    p, loc = g.get('place'), ev['location']
    if p and loc and loc['lat'] is not None \
            and se.km(loc['lat'], loc['lon'], p['lat'], p['lon']) > p['km']:
        return False
    return True


def score_doc(gold, text, events, tally, details):
    """Matches one document's events to its gold; adds to tally."""
    doc = gold['doc']
    # every occurrence of an evidence counts: a lede told twice is one event told twice
    spans = [occurrences(text, g['evidence'], doc) for g in gold['events']]
    passages = [ab for n in gold.get('not_events', []) for ab in occurrences(text, n['evidence'], doc)]
    matched = collections.defaultdict(list)   # gold index -> events
    c = tally.c
    assigned, noted = {}, {}
    for n, e in enumerate(events):
        t = e['evidence'][0]
        noted[n] = any(se.trigger_in(e, a, b) for a, b in passages)
        if noted[n]:
            continue
        # the gold evidence holding the trigger, else the one the evidence overlaps most
        best, most = None, (0, 0)
        for i, occ in enumerate(spans):
            o = max((int(se.trigger_in(e, a, b)),
                     sum(max(0, min(b, s['end']) - max(a, s['start'])) for s in e['evidence']))
                    for a, b in occ)
            if o > most:
                best, most = i, o
        if best is None:
            # short anchors may leave the trigger out: the gold event or not-event
            # passage anchored in the event's sentence nearest its trigger
            ss, se_ = sentence_span(text, e)
            near = [(min(abs(t['start'] - a), abs(t['start'] - b)), i)
                    for i, occ in enumerate(spans) for a, b in occ if a < se_ and ss < b]
            near += [(min(abs(t['start'] - a), abs(t['start'] - b)), None)
                     for a, b in passages if a < se_ and ss < b]
            if near:
                best = min(near, key=lambda x: x[0])[1]
                noted[n] = best is None
        if best is not None:
            assigned[n] = best
            matched[best].append(e)
    for n, e in enumerate(events):
        if n in assigned or noted[n]:
            continue
        # an event anchored nowhere that agrees with a gold event of its document
        # (same type, no other toll, no other place) retells it: a duplicate
        best = next((i for i, g in enumerate(gold['events']) if restates(g, e)), None)
        if best is not None:
            assigned[n] = best
            matched[best].append(e)
    counted = collections.Counter()
    for n, e in enumerate(events):
        c['emitted'] += 1
        c['not_events'] += noted[n]
        t = e['evidence'][0]
        if n not in assigned:
            if details:
                print(f"  {doc}: {'NOT-EVENT' if noted[n] else 'extra'} {e['event_type']}/{e['action']} "
                      f"{text[t['start']:t['end']]!r} in {e['sentence'][:70]!r}")
            continue
        c['matched'] += 1
        best = assigned[n]
        counted[best] += 1
        if counted[best] > 1:
            c['duplicates'] += 1
            if details:
                print(f"  {doc}: duplicate of {gold['events'][best]['evidence'][:40]!r}: "
                      f"{text[t['start']:t['end']]!r} in {e['sentence'][:50]!r}")
    for i, g in enumerate(gold['events']):
        kind = 'key' if g.get('key') else 'minor'
        c[kind] += 1
        near = matched.get(i)
        if not near:
            if details:
                print(f"  {doc}: missed {kind} {g['event_type']} {g['evidence'][:60]!r}")
            continue
        c[kind + '_found'] += 1
        # the matched event that gets most fields right stands for the gold event
        checks, e = max(((field_checks(g, e), e) for e in near),
                        key=lambda x: sum(x[0].values()))
        c[kind + '_right'] += all(checks.get(f, True) for f in ('type', 'sub-type', 'place'))
        for f, ok in checks.items():
            tally.fields[f][0] += ok
            tally.fields[f][1] += 1
        if details and not all(checks.values()):
            wrong = [f for f, ok in checks.items() if not ok]  # of e, the event that stands
            got = {'type': f"{e['event_type']}/{e['sub_event_type']}",
                   'place': e['location'] and e['location']['name'],
                   'date': e['date'] and e['date']['value'],
                   'actor1': (role(e, 'actor1') or {}).get('name'),
                   'actor2': (role(e, 'actor2') or {}).get('name'),
                   'fatalities': e['fatalities']}
            if 'source' in wrong:
                got['source'] = [a['name'] or a['text'] for a in e['attribution']]
                got['gold source'] = g['source']
            print(f"  {doc}: {kind} {g['evidence'][:40]!r} wrong {', '.join(wrong)} "
                  f"(has {json.dumps(got, ensure_ascii=False)})")
    tally.docs += 1


def load_golds(gold_dir):
    return [json.load(open(p, encoding='utf-8'))
            for p in sorted(glob.glob(os.path.join(gold_dir, '*.gold.json')))]


def score_reports(sitrep, golds, corpus, group_of, details):
    """Tallies by group of the gold-read documents found in corpus ({id: record})."""
    records = []
    for g in golds:
        r = dict(corpus[g['doc']])
        if 'published' in g:
            r['published'] = g['published']
        records.append(r)
    out = {d['id']: d for d in extract(sitrep, records)}
    tallies = collections.OrderedDict()
    for g in golds:
        d = out.get(g['doc'])
        if d is None:
            print(f"eval: {g['doc']}: sitrep gave no output", file=sys.stderr)
            continue
        key = group_of(g, corpus[g['doc']])
        t = tallies.setdefault(key, Tally())
        show = details and (g.get('split') != 'heldout' or details == 'all')
        try:
            score_doc(g, corpus[g['doc']]['text'], se.realised(d), t, show)
        except AssertionError as err:
            # A cached text that differs from the one the gold was read on (a
            # changed page): its evidence cannot be placed, so the report is left out.
            print(f"eval: {err}; report left out", file=sys.stderr)
    return tallies


def rate(a, b, digits=2):
    return f"{a / b:.{digits}f}" if b else '-'


def report_table(tallies):
    lines = [f"{'group':<18}{'docs':>5}{'key rec':>9}{'key ok':>8}{'minor':>7}{'emitted':>8}"
             f"{'prec':>6}{'dupl':>6}{'not-ev':>7}"]
    for name, t in tallies.items():
        c = t.c
        lines.append(f"{name:<18}{t.docs:>5}"
                     f"{rate(c['key_found'], c['key']):>9}{rate(c['key_right'], c['key']):>8}"
                     f"{rate(c['minor_found'], c['minor']):>7}{c['emitted']:>8}"
                     f"{rate(c['matched'], c['emitted']):>6}{rate(c['duplicates'], c['emitted']):>6}"
                     f"{c['not_events']:>7}")
    lines.append("  key rec: key events matched by an event; key ok: and its type, sub-type and place "
                 "right; minor: minor events matched;")
    lines.append("  prec: events matching a gold event / emitted; dupl: events matching a gold event "
                 "already matched / emitted;")
    lines.append("  not-ev: events whose trigger lies in a not-event passage.")
    lines.append("")
    lines.append(f"{'accuracy per field':<18}" + ''.join(f"{f:>11}" for f in FIELDS))
    for name, t in tallies.items():
        lines.append(f"{name:<18}" + ''.join(
            f"{rate(*t.fields[f]) if t.fields[f][1] else '-':>11}" for f in FIELDS))
    lines.append("  right / matched gold events that give the field; actors: actor1 and actor2 both "
                 "in their roles (absent when the gold has none).")
    return lines


def part_reports(args):
    lines = []
    golds = load_golds(args.gold)
    corpus = {}
    if os.path.exists(args.corpus):
        for line in open(args.corpus, encoding='utf-8'):
            if line.strip():
                d = json.loads(line)
                corpus[d['id']] = d
    have = [g for g in golds if g['doc'] in corpus]
    missing = len(golds) - len(have)
    if not have:
        lines.append(f"Gold-read reports ({args.gold}): the texts are not in {args.corpus}: skipped. "
                     "Fill the cache (docs/eval.md), then bench/eval/corpus.py build.")
        tallies = collections.OrderedDict()
    else:
        if missing:
            lines.append(f"({missing} gold readings have no text in {args.corpus}; left out)")

        def group_of(g, rec):
            return f"{rec.get('lang') or g.get('lang') or '?'} {g.get('split', 'all')}"
        by = score_reports(args.sitrep, have, corpus, group_of, args.details)
        order = sorted(by, key=lambda k: (k.split()[0] != 'fr', k.split()[1] != 'dev', k))
        tallies = collections.OrderedDict((k, by[k]) for k in order)
        for lang in sorted({k.split()[0] for k in order}, key=lambda x: x != 'fr'):
            t = Tally()
            for k in order:
                if k.split()[0] == lang:
                    t.add(by[k])
            tallies[f"{lang} total"] = t
    # the seed reports and the FA-KES gold sample, read the same way
    seed_dir = os.path.join(ROOT, 'tests', 'data', 'dev')
    seeds = load_golds(seed_dir)
    seed_corpus = {g['doc']: json.loads(open(os.path.join(seed_dir, g['doc'] + '.jsonl'),
                                             encoding='utf-8').readline()) for g in seeds}
    tallies.update(score_reports(args.sitrep, seeds, seed_corpus, lambda g, r: 'seed (Aleppo) fr',
                                 args.details))
    fakes_dir = os.path.join(ROOT, 'tests', 'data', 'fakes')
    fakes_corpus_path = os.path.join(args.shared, 'corpus', 'fakes', 'dev.jsonl')
    fk = load_golds(fakes_dir)
    if fk and os.path.exists(fakes_corpus_path):
        fc = {}
        for line in open(fakes_corpus_path, encoding='utf-8'):
            d = json.loads(line)
            fc[d['id']] = d
        fk = [g for g in fk if g['doc'] in fc]
        tallies.update(score_reports(args.sitrep, fk, fc, lambda g, r: 'FA-KES sample en',
                                     args.details))
        # FA-KES articles read in full, split into halves like the multi-conflict
        # corpus: the one gold-read English set whose texts every checkout has
        fr = [g for g in load_golds(os.path.join(ROOT, 'bench', 'eval', 'gold-fakes')) if g['doc'] in fc]
        by = score_reports(args.sitrep, fr, fc, lambda g, r: f"FA-KES en {g.get('split', 'all')}",
                           args.details)
        for k in sorted(by, key=lambda k: k != 'FA-KES en dev'):
            tallies[k] = by[k]
    lines[:0] = [f"1. Gold-read reports ({os.path.relpath(args.gold, ROOT)}; texts {os.path.relpath(args.corpus, ROOT)})"]
    lines += report_table(tallies)
    return lines


def part_fakes(args):
    corpus = os.path.join(args.shared, 'corpus', 'fakes', 'dev.jsonl')
    gold_csv = os.path.join(args.shared, 'corpus', 'fakes', 'dev.gold.csv')
    if not os.path.exists(corpus):
        return [f"2. FA-KES dev: {corpus} not found: skipped."]
    records = []
    for line in open(corpus, encoding='utf-8'):
        d = json.loads(line)
        d.pop('published', None)     # as given: no publication date
        records.append(d)
    out = extract(args.sitrep, records)
    r = fakes.agreement([json.dumps(d) for d in out], fakes.read_gold(gold_csv))
    clash = unarmed = 0
    # Events placed outside Syria, the country of every FA-KES article: a
    # homonym abroad, a nationality, a venue of talks, or rightly abroad
    abroad, placed = [], 0
    for d in out:
        for e in se.realised(d):
            loc = e.get('location')
            if not loc or not loc.get('country'):
                continue
            placed += 1
            if loc['country'] != 'Syrian Arab Republic':
                abroad.append(f"{d['id']}: {loc.get('text') or loc.get('name')} -> "
                              f"{loc.get('name')} ({loc['country']})")
    for d in out:
        for e in se.realised(d):
            if e['sub_event_type'] == 'Armed clash':
                clash += 1
                sides = [role(e, 'actor1'), role(e, 'actor2')]
                unarmed += not all(s and s.get('inter') in ARMED for s in sides)
    pronouns, countries = source_misnames(out, args.shared)
    n, kn = r['n'], r['killed_n']
    p = fakes.pct
    return [f"2. FA-KES dev ({n} articles, `published` absent)",
            f"  articles with an event: {p(r['any_event'], n)}; an event on the crowd's date: "
            f"{p(r['dated'], n)} (by a date the story tells: {p(r['dated_story'], n)}, "
            f"the rest by the dateline's); in its governorate: {p(r['placed'], n)}",
            f"  killed count (crowd's civilians + others, within 10 %): by an event {p(r['killed_any'], kn)}, "
            f"as the article's largest {p(r['killed_ok'], kn)} (of {kn} articles with a count)",
            f"  Armed clash events whose two sides are not both armed groups: {p(unarmed, clash)} "
            f"({unarmed} of {clash})",
            f"  sources named by a pronoun (\"It\", \"They\"): {pronouns}; by a bare country "
            f"(\"Britain\"): {countries} (of {sum(len(e['attribution']) for d in out for e in se.realised(d))} "
            f"event sources)",
            f"  events placed outside Syria: {p(len(abroad), placed)} ({len(abroad)} of {placed} "
            f"placed events; --abroad lists them)"] + [f"    {a}" for a in abroad if args.abroad]



PRONOUNS = {'i', 'we', 'you', 'he', 'she', 'it', 'they', 'him', 'her', 'them', 'this', 'that',
            'je', 'nous', 'vous', 'il', 'elle', 'on', 'ils', 'elles', 'lui', 'eux', 'cela'}


def country_names(shared):
    """Country names a source may wrongly be called by: geonames' and the actor
    pack's, and the short forms reports use."""
    names = {'britain', 'great britain', 'uk', 'u.k.', 'us', 'u.s.', 'usa', 'america'}
    info = os.path.join(shared, 'geonames', 'countryInfo.txt')
    if os.path.exists(info):
        for line in open(info, encoding='utf-8'):
            f = line.rstrip('\n').split('\t')
            if not line.startswith('#') and len(f) > 4:
                names.add(se.fold(f[4]))
    for line in open(os.path.join(ROOT, 'packs', 'actors', 'countries.tsv'), encoding='utf-8'):
        f = line.rstrip('\n').split('\t')
        if not line.startswith('#') and len(f) > 1:
            names.update(se.fold(x) for x in f[1:])
    return names


def source_misnames(out, shared):
    """Event sources named by a pronoun, and by a country's bare name (a country
    speaks through its government: "Moscow said" is Russia's government)."""
    countries = country_names(shared)
    pronouns = bare = 0
    for d in out:
        for e in se.realised(d):
            for a in e['attribution']:
                name = se.fold(a['name'] or '').strip()
                pronouns += name in PRONOUNS
                bare += name in countries
    return pronouns, bare


def part_acled(args):
    corpus = os.path.join(args.shared, 'corpus', 'acled-bfa', 'dev.jsonl')
    gold_csv = os.path.join(args.shared, 'corpus', 'acled-bfa', 'dev.gold.csv')
    if not os.path.exists(corpus):
        return [f"3. ACLED notes: {corpus} not found: skipped."]
    records = [json.loads(l) for l in open(corpus, encoding='utf-8') if l.strip()]
    gold = {row['id']: row for row in csv.DictReader(open(gold_csv, encoding='utf-8'))}
    # with Burkina Faso's GeoNames dump, as a user reading about the country
    # would add it: its villages, departments and provinces
    dump = os.path.join(args.shared, 'geonames', 'BF.txt')
    options = ('--gazetteer', dump) if os.path.exists(dump) else ()
    out = {d['id']: d for d in extract(args.sitrep, records, options)}
    c = collections.Counter()
    per_type = collections.Counter()
    per_type_n = collections.Counter()
    for rec in records:
        g = gold.get(rec['id'])
        if not g:
            continue
        events = se.realised(out.get(rec['id'], {'events': []}))
        the = next((e for e in events if e['event_type'] == g['event_type']),
                   events[0] if events else None)
        c['n'] += 1
        c['any'] += the is not None
        per_type_n[g['event_type']] += 1
        ok_type = bool(the) and the['event_type'] == g['event_type']
        c['type'] += ok_type
        per_type[g['event_type']] += ok_type
        c['sub'] += bool(the) and the['sub_event_type'] == g['sub_event_type']
        gp = int(g['geo_precision'] or 3)
        loc = the and the['location']
        if gp in (1, 2):
            limit = 25 if gp == 1 else 50
            ok = bool(loc and loc['lat'] is not None and se.km(
                loc['lat'], loc['lon'], float(g['latitude']), float(g['longitude'])) <= limit)
        else:
            ok = bool(loc and loc.get('admin1') and se.fold(loc['admin1']) == se.fold(g['admin1']))
        c[f'place{gp}_n'] += 1
        c[f'place{gp}'] += ok
        c['place'] += ok
        c['admin1'] += bool(loc and loc.get('admin1') and se.fold(loc['admin1']) == se.fold(g['admin1']))
        if g['dated'] == '1':
            c['dated_n'] += 1
            d = (the and the['date'] or {}).get('value') or ''
            tp, want = int(g['time_precision'] or 1), g['event_date']
            if tp == 1:
                ok = d == want
            elif tp == 2:
                ok = len(d) == 10 and abs((datetime.date.fromisoformat(d)
                                           - datetime.date.fromisoformat(want)).days) <= 7
            else:
                ok = d[:7] == want[:7]
            c['dated'] += ok
        c['fatalities'] += bool(the) and (the['fatalities'] or 0) == int(g['fatalities'] or 0)
        c['inter1'] += bool(the) and int(g['inter1']) in {a.get('inter') for a in the['actors']}
        a1 = the and role(the, 'actor1')
        ok1 = bool(a1) and se.fold(a1.get('name') or '') == se.fold(g['actor1'])
        c['actor1'] += ok1
        # actor2 as ACLED names it, none where ACLED gives none
        a2 = ((the and role(the, 'actor2')) or {}).get('name') or ''
        ok2 = bool(the) and se.fold(a2) == se.fold(g['actor2'] or '')
        c['actor2'] += ok2
        c['actors'] += ok1 and ok2
    n = c['n']
    lines = [f"3. ACLED notes, Burkina Faso ({n} notes; per note THE event: the first of the gold's "
             f"type, else the first; {'with' if options else 'WITHOUT'} geonames/BF.txt)",
             f"  a note with an event: {rate(c['any'], n)}; event type: {rate(c['type'], n)}; "
             f"sub-event type: {rate(c['sub'], n)}",
             "  type per gold type: " + '; '.join(
                 f"{t} {rate(per_type[t], per_type_n[t])} ({per_type_n[t]})" for t in TYPES),
             f"  place: {rate(c['place'], n)} (geo_precision 1 within 25 km: "
             f"{rate(c['place1'], c['place1_n'])} of {c['place1_n']}; 2 within 50 km: "
             f"{rate(c['place2'], c['place2_n'])} of {c['place2_n']}; 3 same admin1: "
             f"{rate(c['place3'], c['place3_n'])} of {c['place3_n']}); admin1 right: {rate(c['admin1'], n)}",
             f"  date (notes that name a month): {rate(c['dated'], c['dated_n'])} of {c['dated_n']}; "
             f"fatalities equal: {rate(c['fatalities'], n)}",
             f"  actor1's inter code among the event's actors: {rate(c['inter1'], n)}; "
             f"actor1 named as ACLED names it: {rate(c['actor1'], n)}; actor2 (none where "
             f"ACLED has none): {rate(c['actor2'], n)}; both: {rate(c['actors'], n)}"]
    return lines


def fakes_sets(gold_csv):
    """The crowd's rows (article id, (date, governorate)) and its same-day,
    same-governorate sets of two rows or more.  A few ids have two rows (two
    readings of one article): counted as the crowd gives them."""
    rows = [(row['id'], (row['date'], row['location']))
            for row in csv.DictReader(open(gold_csv, encoding='utf-8'))]
    sets = collections.defaultdict(list)
    for i, (doc, k) in enumerate(rows):
        sets[k].append(i)
    return rows, {k: v for k, v in sets.items() if len(v) > 1}


def pairwise(ids, same_gold, same_got):
    tp = fp = fn = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            g, p = same_gold(a, b), same_got(a, b)
            tp += g and p
            fp += p and not g
            fn += g and not p
    return tp, fp, fn


KHAN_SHEIKHOUN = re.compile(r'khan\s*sh[ae]y?kh?[uo]u?n', re.I)


def copies_in_one_set(corpus, rows):
    """How consistent the reference is: pairs of articles that share a third
    or more of their five-word sequences (copies of one dispatch, told of
    one event), and how many of them the crowd puts in one same-day,
    same-governorate set (an article's first reading when it has two)."""
    key = {}
    for doc, k in rows:
        key.setdefault(doc, k)
    shingles = {}
    for line in open(corpus, encoding='utf-8'):
        d = json.loads(line)
        words = re.findall(r'\w+', fakes.fold_spaces(d.get('text')))
        if d['id'] in key and len(words) >= 5:
            shingles[d['id']] = {tuple(words[i:i + 5]) for i in range(len(words) - 4)}
    ids = sorted(shingles)
    copies = same = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            x, y = shingles[a], shingles[b]
            if len(x & y) * 3 >= len(x | y):
                copies += 1
                same += key[a] == key[b]
    return copies, same


def part_clusters(args):
    """FA-KES dev ingested by `sitrep ingest` without published dates: the
    clusters against the crowd's same-day, same-governorate sets.  An
    article's event is its first realised event that the store clustered
    (FA-KES reads one event per article; a background toll or a recalled
    earlier event in it is not that event).  Pairs of articles: same set in
    the gold, same cluster in the store.  Only the dev half is in ../shared:
    no held-out FA-KES figure is printed (the hidden multi-source set is
    the held-out check)."""
    corpus = os.path.join(args.shared, 'corpus', 'fakes', 'dev.jsonl')
    gold_csv = os.path.join(args.shared, 'corpus', 'fakes', 'dev.gold.csv')
    if not os.path.exists(corpus):
        return [f"4. Clusters: {corpus} not found: skipped."]
    import sqlite3
    rows, sets = fakes_sets(gold_csv)
    with tempfile.TemporaryDirectory() as work:
        src = os.path.join(work, 'fakes.jsonl')
        with open(src, 'w', encoding='utf-8') as f:
            for line in open(corpus, encoding='utf-8'):
                d = json.loads(line)
                d.pop('published', None)     # the engine reads the dateline
                f.write(json.dumps(d, ensure_ascii=False) + '\n')
        db = os.path.join(work, 'fakes.db')
        subprocess.run([args.sitrep, 'ingest', '--quiet', '--db', db, src], check=True,
                       stdout=subprocess.DEVNULL)
        con = sqlite3.connect(db)
        first, clusters = {}, collections.defaultdict(set)
        # a document's restated events (role 'restates') are in their
        # report's cluster: they count for "any cluster", never as its first
        for doc, cluster, member in con.execute(
                "SELECT d.id, e.cluster, e.role = 'member' FROM events e"
                " JOIN documents d ON d.rowid = e.doc"
                " WHERE e.role IN ('member', 'restates') ORDER BY e.rowid"):
            if member:
                first.setdefault(doc, cluster)
            clusters[doc].add(cluster)
        n_clusters, multi = con.execute(
            "SELECT count(*), sum(n_sources > 1) FROM clusters").fetchone()
        # the Khan Sheikhoun cluster: of those a report of which names the
        # town, the one with the most outlets
        ks = None
        for cid, n in con.execute(
                "SELECT c.id, c.n_sources FROM clusters c ORDER BY c.n_sources DESC, c.id"):
            texts = ' '.join(t or '' for (t,) in con.execute(
                "SELECT e.sentence || ' ' || coalesce(e.location, '') FROM events e"
                " WHERE e.cluster = ? AND e.role = 'member'", (cid,)))
            if KHAN_SHEIKHOUN.search(fakes.fold_spaces(texts)):
                ks = cid
                break
        ks_line = "  Khan Sheikhoun (4 April 2017): no cluster names the town"
        if ks:
            outlets, date = con.execute("SELECT sources, event_date FROM clusters WHERE id = ?",
                                        (ks,)).fetchone()
            est = con.execute("SELECT low, best, high, reports FROM estimates WHERE cluster = ?"
                              " AND kind = 'killed'", (ks,)).fetchone()
            # a word's floor ("dozens": low 24, no value) is no count: told
            # as the word, which moves neither low nor best beside counts
            claims = '; '.join(f"{s} {v:g}" if not word else f"{s} '{t}' (a word, {v:g} or more)"
                               for s, v, word, t in con.execute(
                "SELECT source, max(coalesce(value, high, low)), value IS NULL AND high IS NULL,"
                " text FROM claims WHERE cluster = ? AND kind = 'killed'"
                " GROUP BY event_id ORDER BY 2", (ks,)))
            ks_line = (f"  Khan Sheikhoun cluster ({date}): outlets {outlets}; killed "
                       + (f"low {est[0]:g}, best {est[1]:g}, high {est[2]:g} ({claims})" if est else "none"))
        con.close()
    ids = list(range(len(rows)))
    in_sets = sum(len(v) for v in sets.values())
    doc = [r[0] for r in rows]
    same = lambda a, b: rows[a][1] == rows[b][1]
    tp, fp, fn = pairwise(ids, same, lambda a, b: doc[a] in first and first[doc[a]] == first.get(doc[b]))
    atp, afp, afn = pairwise(ids, same, lambda a, b: bool(clusters.get(doc[a], set())
                                                          & clusters.get(doc[b], set())))
    return [f"4. Clusters, FA-KES dev ({len(set(doc))} articles ingested, `published` absent; the crowd's "
            f"{len(sets)} same-day, same-governorate sets of {in_sets} articles; dev only, no held-out half here)",
            f"  {n_clusters} clusters, {multi} with more than one outlet",
            f"  pairs of articles in one cluster (each article's first clustered event): precision "
            f"{rate(tp, tp + fp)}, recall {rate(tp, tp + fn)} ({tp} of {tp + fn} gold pairs, {fp} others)",
            f"  pairs sharing any cluster: precision {rate(atp, atp + afp)}, recall {rate(atp, atp + afn)}",
            ks_line,
            "  the reference itself: of {} pairs of articles copying one dispatch (a third of their "
            "five-word sequences shared), the crowd puts {} in one set".format(*copies_in_one_set(corpus, rows))]


def commit_id():
    try:
        rev = subprocess.run(['git', '-C', ROOT, 'rev-parse', '--short', 'HEAD'],
                             capture_output=True, text=True).stdout.strip()
        # what the figures depend on: the engine, its packs, the scorer and the gold
        dirty = subprocess.run(['git', '-C', ROOT, 'status', '--porcelain', '--untracked-files=no',
                                '--', 'src', 'include', 'cli', 'packs', 'Makefile', 'bench/eval',
                                'bench/eval.py', 'bench/fakes.py', 'tests/e2e/score_events.py'],
                               capture_output=True, text=True).stdout.strip()
        return rev + (' (with uncommitted changes)' if dirty else '')
    except OSError:
        return 'unknown'


QUALITY_HEAD = """# Quality: `make eval` runs, newest first

Each section is the table `make eval EVAL_APPEND=1` printed for a commit
(`bench/eval.py --append docs/quality.md`); what each figure counts is in
[eval.md](eval.md). Compare a run with the one below it to see a regression.
"""


def append(path, lines):
    now = datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')
    section = f"\n## {now}, commit {commit_id()}\n\n```\n" + '\n'.join(lines) + "\n```\n"
    old = open(path, encoding='utf-8').read() if os.path.exists(path) else QUALITY_HEAD
    i = old.find('\n## ')
    # one blank line between sections, however many runs came before
    new = (old.rstrip('\n') + '\n' + section) if i < 0 else (old[:i].rstrip('\n') + '\n' + section + old[i:])
    with open(path, 'w', encoding='utf-8') as f:
        f.write(new)
    print(f"eval: table added to {path}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--sitrep', default=os.path.join(ROOT, 'build', 'sitrep'))
    ap.add_argument('--corpus', default=os.path.join(ROOT, 'bench', 'work', 'eval', 'corpus.jsonl'))
    ap.add_argument('--gold', default=os.path.join(ROOT, 'bench', 'eval', 'gold'))
    ap.add_argument('--shared', default=os.environ.get('SITREP_SHARED',
                                                       os.path.join(ROOT, '..', 'shared')))
    ap.add_argument('--details', action='store_const', const='dev',
                    help='print every miss, extra and wrong field, held-out documents excepted')
    ap.add_argument('--details-heldout', dest='details', action='store_const', const='all',
                    help='the same, held-out documents included (an audit, not for tuning)')
    ap.add_argument('--abroad', action='store_true',
                    help='list the FA-KES events placed outside Syria')
    ap.add_argument('--append', metavar='QUALITY_MD', help='add the table to this file, newest first')
    ap.add_argument('--units-exact', action='store_true',
                    help="a state's forces with a unit do not count as the gold's forces without one")
    args = ap.parse_args()
    if args.units_exact:
        UNITS.clear()
    lines = (part_reports(args) + [''] + part_fakes(args) + [''] + part_acled(args) + ['']
             + part_clusters(args))
    print('\n'.join(lines))
    if args.append:
        append(args.append, lines)


if __name__ == '__main__':
    main()
