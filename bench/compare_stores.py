#!/usr/bin/env python3
"""Two stores of one corpus compared row by row: what a change to the
store's writing must leave as it was (clusters, their summaries, estimates,
contradictions, votes, figures, events and their parts, mentions, the
candidate index).

  bench/compare_stores.py A.db B.db [--max 5]

Times (ingested_at, updated_at) are not compared; every other column is,
and the full-text index (each term's documents and places).
Exit 0 when the stores hold the same rows, 1 otherwise (the first
differences printed per table)."""
import argparse, sqlite3, sys

SKIP = {('documents', 'ingested_at'), ('clusters', 'updated_at')}
TABLES = ['documents', 'mentions', 'events', 'actors', 'quantities', 'attributions',
          'clusters', 'estimates', 'contradictions', 'votes', 'figures', 'event_boxes']


def rows(db, table):
    cols = [r[1] for r in db.execute(f'PRAGMA table_info({table})') if (table, r[1]) not in SKIP]
    order = ', '.join(f'"{c}"' for c in cols)
    q = f'SELECT {order} FROM {table} ORDER BY {order}'
    return cols, db.execute(q).fetchall()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('a')
    ap.add_argument('b')
    ap.add_argument('--max', type=int, default=5)
    args = ap.parse_args()
    a, b = sqlite3.connect(args.a), sqlite3.connect(args.b)
    same = True
    for t in TABLES:
        cols, ra = rows(a, t)
        _, rb = rows(b, t)
        sa, sb = set(ra), set(rb)
        only_a, only_b = sorted(sa - sb, key=repr), sorted(sb - sa, key=repr)
        ok = not only_a and not only_b and len(ra) == len(rb)
        same &= ok
        print(f"{t:15} {len(ra):8} / {len(rb):8} rows: "
              f"{'same' if ok else f'{len(only_a)} only in A, {len(only_b)} only in B'}")
        for label, lst in (('A', only_a), ('B', only_b)):
            for r in lst[:args.max]:
                print(f"   {label}: " + ', '.join(f'{c}={str(v)[:60]!r}' for c, v in zip(cols, r)))
    # The full-text index: consistent with the documents (FTS5's own
    # check), and the same terms in the same documents.
    vocab = []
    for db, name in ((a, 'A'), (b, 'B')):
        try:
            db.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as e:
            print(f"documents_fts   {name}: integrity-check failed: {e}")
            same = False
        db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, documents_fts, 'instance')")
        vocab.append(set(db.execute('SELECT term, doc, col, offset FROM temp.vocab')))
    ok = vocab[0] == vocab[1]
    same &= ok
    print(f"{'documents_fts':15} {len(vocab[0]):8} / {len(vocab[1]):8} terms: "
          f"{'same' if ok else f'{len(vocab[0] - vocab[1])} only in A, {len(vocab[1] - vocab[0])} only in B'}")
    sys.exit(0 if same else 1)


if __name__ == '__main__':
    main()
