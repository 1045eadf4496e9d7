#!/usr/bin/env python3
"""make bench (store): what storing costs, and whether it grows with the
clusters documents join.

  1. 10,000 pre-extracted documents (`sitrep ingest --extracted`), one event
     each, into clusters of 1, 10 and 200 members (each cluster's reports
     from distinct outlets, same day and town, the documents of all clusters
     interleaved as a day's news arrives): documents/s for each; the three
     rates should stay within a factor of 2 of each other.
  2. `sitrep extract` against `sitrep ingest` of one corpus (default: the
     FA-KES dev reports, 408 of them, repeated 32 times, about the 12,864
     documents of the whole FA-KES repeated 16 times; each copy under a new
     id and from an outlet of its own, no published date), in one run:
     documents/s of each and their ratio; both with their default -j
     (extract: one thread; ingest: one per core analyses while one
     writes), and ingest -j 1 besides.

usage: bench/store.py [--sitrep build/sitrep] [--docs 10000] [--sizes 1,10,200]
                      [--corpus F] [--repeat 32]"""
import argparse, datetime, json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def document(i, cluster, size):
    """Document i, a report of cluster `cluster` by its own outlet."""
    day = datetime.date(2016, 1, 1) + datetime.timedelta(days=cluster % 365)
    lat, lon = 30 + (cluster // 365) * 0.5, 36 + (cluster % 7) * 0.5
    killed = 10 + i % 7
    event = {
        'id': f'bench-{i}#1', 'event_type': 'Explosions/Remote violence',
        'sub_event_type': 'Air/drone strike', 'action': 'airstrike', 'status': 'realised',
        'date': {'value': day.isoformat(), 'until': None, 'precision': 'day', 'text': None},
        'location': {'name': f'Town {cluster}', 'kind': 'place', 'admin1': 'Aleppo',
                     'country': 'Syrian Arab Republic', 'iso2': 'SY', 'lat': lat, 'lon': lon,
                     'geo_precision': 1, 'direction': None, 'gazetteer_id': None, 'text': None},
        'actors': [{'role': 'actor1', 'name': 'Military Forces of Russia (2000-)', 'text': 'Russian jets',
                    'inter': 8, 'hedged': False}],
        'quantities': [{'kind': 'killed', 'value': killed, 'low': None, 'high': None,
                        'qualifier': 'exact', 'of': 'people', 'text': f'{killed} people'}],
        'fatalities': killed,
        'attribution': [{'name': 'SOHR', 'kind': 'organisation', 'affiliation': None, 'text': 'SOHR',
                         'scope': 'sentence', 'stance': 'asserts'}],
        'evidence': [], 'sentence': f'Report {i}: an air strike killed {killed} people.', 'rules': []}
    return {'id': f'bench-{i}', 'lang': 'en', 'published': day.isoformat(), 'url': None,
            'title': f'Report {i}', 'publisher': f'outlet-{i % size}', 'sentences': 1,
            'events': [event], 'errors': [], 'text': f'Report {i} of cluster {cluster}.'}


def timed(cmd):
    t = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if r.returncode not in (0,):
        sys.exit(f"bench/store.py: {' '.join(cmd)} failed: {r.stderr[-500:]}")
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--sitrep', default=os.path.join(ROOT, 'build', 'sitrep'))
    ap.add_argument('--docs', type=int, default=10000)
    ap.add_argument('--sizes', default='1,10,200')
    ap.add_argument('--corpus', default=os.path.join(ROOT, '..', 'shared', 'corpus', 'fakes', 'dev.jsonl'))
    ap.add_argument('--repeat', type=int, default=32)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix='sitrep-store-bench-')
    print(f"store: {args.docs} pre-extracted documents, one event each (sitrep ingest --extracted;"
          f" load average {', '.join(f'{x:.2f}' for x in os.getloadavg())})")
    rates = []
    for size in (int(s) for s in args.sizes.split(',')):
        path = os.path.join(work, f'c{size}.jsonl')
        n_clusters = max(1, args.docs // size)
        with open(path, 'w', encoding='utf-8') as f:
            for i in range(args.docs):
                f.write(json.dumps(document(i, i % n_clusters, size)) + '\n')
        db = os.path.join(work, f'c{size}.db')
        secs = timed([args.sitrep, 'ingest', '--quiet', '--db', db, '--extracted', path])
        import sqlite3
        con = sqlite3.connect(db)
        n, largest = con.execute('SELECT count(*), max(n_events) FROM clusters').fetchone()
        con.close()
        rates.append(args.docs / secs)
        print(f"  clusters of {size:>3}: {args.docs / secs:7.0f} docs/s  ({n} clusters, largest {largest})")
    print(f"  slowest/fastest: x{max(rates) / min(rates):.2f} (bar: within x2)")
    if os.path.exists(args.corpus):
        path = os.path.join(work, 'repeated.jsonl')
        n = 0
        with open(path, 'w', encoding='utf-8') as f:
            for r in range(args.repeat):
                for line in open(args.corpus, encoding='utf-8'):
                    d = json.loads(line)
                    d.pop('published', None)
                    d['id'] = f"{d['id']}-r{r}"
                    # each copy from an outlet of its own: syndication, so
                    # that clusters grow to `repeat` reports and more
                    d['publisher'] = f"{d.get('publisher') or 'outlet'}-r{r}"
                    f.write(json.dumps(d, ensure_ascii=False) + '\n')
                    n += 1
        t = time.perf_counter()
        with open(os.devnull, 'w') as null:
            r = subprocess.run([args.sitrep, 'extract', path], stdout=null, stderr=subprocess.PIPE)
        ex = time.perf_counter() - t
        ing = timed([args.sitrep, 'ingest', '--quiet', '--db', os.path.join(work, 'repeated.db'), path])
        # the same on one thread: analysing and writing one after the other
        ing1 = timed([args.sitrep, 'ingest', '-j', '1', '--quiet', '--db',
                      os.path.join(work, 'repeated1.db'), path])
        load = ', '.join(f'{x:.2f}' for x in os.getloadavg())
        print(f"{os.path.relpath(args.corpus, ROOT)} x{args.repeat} ({n} documents, no published date;"
              f" load average {load}; {os.cpu_count()} cores):")
        print(f"  sitrep extract {n / ex:7.0f} docs/s ({ex:.1f} s); sitrep ingest {n / ing:7.0f} docs/s "
              f"({ing:.1f} s): ingest/extract {ex / ing:.2f} (bar: at least 0.5)")
        print(f"  sitrep ingest -j 1 {n / ing1:7.0f} docs/s ({ing1:.1f} s): ingest/extract {ex / ing1:.2f}")
    subprocess.run(['rm', '-rf', work])


if __name__ == '__main__':
    main()
