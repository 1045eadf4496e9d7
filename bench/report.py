#!/usr/bin/env python3
"""The sitrep side of `make bench` and the scoring (see bench/run.sh).

Runs sitrep over the dev corpus (mentions, for the agreement with the gold)
and over each timing corpus (whole CLI process, --mentions output to
/dev/null, best of 3), reads the peers' results written by bench/peers.js,
and prints one plain-text table.

usage: report.py --sitrep BIN --peers PEERS.json --ref YYYY-MM-DD
                 --dev FILE.jsonl... --corpus NAME=FILE.jsonl...

Agreement: for each gold date (value, precision, and until for a range) and
each gold quantity (value; qualifier and `of` when the gold gives them) of a
dev document, is there a mention of the tool in that document that carries
it. Mentions are matched anywhere in the document, not at the gold's place.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time

p = argparse.ArgumentParser()
p.add_argument("--sitrep", required=True)
p.add_argument("--peers", required=True)
p.add_argument("--ref", required=True)
p.add_argument("--dev", nargs="+", required=True)
p.add_argument("--corpus", nargs="+", default=[])
args = p.parse_args()


def die(msg):
    print(f"bench: {msg}", file=sys.stderr)
    sys.exit(1)


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_sitrep(files, out, extra=()):
    cmd = [args.sitrep, "extract", "--mentions", *extra, *files]
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE)
    t = time.perf_counter() - t0
    if r.returncode not in (0, 1):  # 1: some input was bad, reported
        die(f"{' '.join(cmd)} exited with {r.returncode}:\n{r.stderr.decode(errors='replace')}")
    if r.returncode == 1:
        log(f"sitrep reported bad input: {r.stderr.decode(errors='replace').strip()[:300]}")
    return r, t


# ---------------------------------------------------------------- sitrep: dev mentions
r, _ = run_sitrep(args.dev, subprocess.PIPE)
sitrep_dev = {}
for line in r.stdout.decode("utf-8").splitlines():
    d = json.loads(line)
    sitrep_dev[d["id"]] = [m for m in d.get("mentions", []) if m["type"] in ("date", "quantity")]
version = subprocess.run([args.sitrep, "--version"], capture_output=True, text=True).stdout.strip()

# ---------------------------------------------------------------- sitrep: timing
corpora = []  # (name, file, docs, bytes)
for spec in args.corpus:
    name, _, path = spec.partition("=")
    docs = read_jsonl(path)
    nbytes = sum(len(d["text"].encode("utf-8")) for d in docs)
    corpora.append((name, path, len(docs), nbytes))

sitrep_perf = {}
for name, path, ndocs, nbytes in corpora:
    # untimed run: checks the output (one record per document), warms the cache
    extra = ["--published", args.ref]  # only for documents without a date
    r, _ = run_sitrep([path], subprocess.PIPE, extra)
    nout = len(r.stdout.splitlines())
    if nout != ndocs:
        die(f"sitrep wrote {nout} records for the {ndocs} documents of {path}")
    times = []
    with open(os.devnull, "wb") as null:
        for _ in range(3):
            times.append(run_sitrep([path], null, extra)[1])
    log(f"sitrep on {name}: best of 3 {min(times):.3f} s ({', '.join(f'{t:.3f}' for t in times)})")
    sitrep_perf[name] = {"docs": ndocs, "total": ndocs, "bytes": nbytes, "seconds": min(times),
                         "partial": False}

with open(args.peers, encoding="utf-8") as f:
    peers = json.load(f)

# ---------------------------------------------------------------- scoring
gold = {}  # doc id -> (dates, quantities)
for path in args.dev:
    gpath = re.sub(r"\.jsonl$", ".gold.json", path)
    if not os.path.exists(gpath):
        die(f"no gold file {gpath}")
    with open(gpath, encoding="utf-8") as f:
        g = json.load(f)
    for d in read_jsonl(path):
        dates, qty = [], []
        for ev in g.get("events", []):
            if ev.get("date"):
                dates.append(ev["date"])
            qty.extend(ev.get("quantities") or [])
        gold[d["id"]] = (dates, qty)


def words(s):
    s = (s or "").lower().replace("\u2019", "'")
    return re.findall(r"\w+", s)


def contains_words(needle, hay):
    n, h = words(needle), words(hay)
    return bool(n) and any(h[i:i + len(n)] == n for i in range(len(h) - len(n) + 1))


def date_found(g, mentions):
    return any(m["type"] == "date" and m.get("value") == g["value"]
               and m.get("precision") == g.get("precision")
               and m.get("until") == g.get("until") for m in mentions)


def same_number(a, b):
    try:
        return a is not None and float(a) == float(b)
    except (TypeError, ValueError):
        return False


def qty_found(g, mentions, strict):
    for m in mentions:
        if m["type"] != "quantity" or not same_number(m.get("value"), g["value"]):
            continue
        if strict:
            if g.get("qualifier") and m.get("qualifier") != g["qualifier"] \
                    and not (g["qualifier"] == "exact" and m.get("qualifier") is None):
                continue
            # peers give no counted noun: the words after the number stand in
            if g.get("of") and not contains_words(g["of"], m["of"] if m.get("of") is not None
                                                  else m.get("next")):
                continue
        return True
    return False


def mentions_of(tool, doc_id):
    if tool == "sitrep":
        if doc_id not in sitrep_dev:
            die(f"sitrep gave no record for {doc_id}")
        return sitrep_dev[doc_id]
    pd = peers["dev"].get(doc_id)
    if pd is None:
        die(f"peers.js gave nothing for {doc_id}")
    return {"chrono": pd["chrono"], "rec": pd["rec_number"] + pd["rec_datetime"],
            "rec_number": pd["rec_number"], "rec_datetime": pd["rec_datetime"]}[tool]


def gold_label(kind, g):
    if kind == "date":
        return g["value"] + (f"..{g['until']}" if g.get("until") else "") + f" ({g.get('precision')})"
    extra = ", ".join(f"{k}={g[k]}" for k in ("qualifier", "of") if g.get(k))
    return f"{g['value']}" + (f" ({extra})" if extra else "")


TOOLS = ["sitrep", "chrono", "rec", "rec_number", "rec_datetime"]
DOES = {"sitrep": {"date", "qty"}, "chrono": {"date"}, "rec": {"date", "qty"},
        "rec_number": {"qty"}, "rec_datetime": {"date"}}
score, misses = {}, {}
for tool in TOOLS:
    s = {"date": 0, "qty": 0, "qty_strict": 0}
    miss = []
    for doc_id, (gdates, gqty) in gold.items():
        ms = mentions_of(tool, doc_id)
        for g in gdates:
            if date_found(g, ms):
                s["date"] += 1
            elif "date" in DOES[tool]:
                miss.append(f"{doc_id} {gold_label('date', g)}")
        for g in gqty:
            if qty_found(g, ms, False):
                s["qty"] += 1
            elif "qty" in DOES[tool]:
                miss.append(f"{doc_id} {gold_label('qty', g)}")
            if qty_found(g, ms, True):
                s["qty_strict"] += 1
            elif "qty" in DOES[tool] and qty_found(g, ms, False):
                miss.append(f"{doc_id} {gold_label('qty', g)} [value only]")
    score[tool], misses[tool] = s, miss
n_dates = sum(len(v[0]) for v in gold.values())
n_qty = sum(len(v[1]) for v in gold.values())
n_qty_strict = sum(1 for v in gold.values() for g in v[1] if g.get("qualifier") or g.get("of"))

# ---------------------------------------------------------------- table
def perf_of(tool, corpus):
    if tool == "sitrep":
        return sitrep_perf[corpus]
    pp = peers["perf"][corpus]
    if tool == "chrono":
        return pp["chrono"]
    if tool == "rec_number":
        return pp["rec_number"]
    run = pp["rec"]
    if tool == "rec":
        return run
    return dict(run, seconds=run["parts"].get("datetime", 0.0))


def rate(run):
    s = max(run["seconds"], 1e-9)
    return run["docs"] / s, run["bytes"] / 1e6 / s


def fnum(x):
    if x >= 100:
        return f"{x:.0f}"
    if x >= 10:
        return f"{x:.1f}"
    if x >= 0.1:
        return f"{x:.2f}"
    return f"{x:.4f}"


NAMES = {"sitrep": "sitrep", "chrono": "chrono-node", "rec": "recognizers-text",
         "rec_number": "  recognizeNumber", "rec_datetime": "  recognizeDateTime"}
head1 = ["", "agreement with the dev gold", ""]
cols = ["tool", "dates", "qty", "qty+of"]
for name, *_ in corpora:
    cols += [f"{name}: docs", "docs/s", "MB/s", "sitrep x"]
rows = []
for tool in TOOLS:
    s = score[tool]
    row = [NAMES[tool],
           f"{s['date']}/{n_dates}" if "date" in DOES[tool] else "-",
           f"{s['qty']}/{n_qty}" if "qty" in DOES[tool] else "-",
           (f"{s['qty_strict']}/{n_qty}" + ("" if tool == "sitrep" else "*")) if "qty" in DOES[tool] else "-"]
    for name, *_ in corpora:
        run = perf_of(tool, name)
        dps, mbs = rate(run)
        sdps, smbs = rate(sitrep_perf[name])
        row += [f"{run['docs']}" + ("/" + str(run["total"]) + "+" if run["partial"] else ""),
                fnum(dps), fnum(mbs), "1" if tool == "sitrep" else fnum(smbs / mbs) if mbs else "-"]
    rows.append(row)

widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(cols)]


def line(cells):
    return "  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(cells))


v = peers["versions"]
print(f"sitrep bench  {version}  vs  chrono-node {v['chrono-node']}, "
      f"@microsoft/recognizers-text-suite {v['@microsoft/recognizers-text-suite']} "
      f"(number {v['recognizers-text-number']}, date-time {v['recognizers-text-date-time']}); "
      f"node {v['node']}, {os.cpu_count()} CPUs")
ndev = sum(len(read_jsonl(p)) for p in args.dev)
print(f"dev gold: {ndev} documents, {n_dates} dates, {n_qty} quantities ({n_qty_strict} with qualifier/of)")
for name, path, ndocs, nbytes in corpora:
    print(f"corpus {name}: {path}, {ndocs} documents, {nbytes / 1e6:.2f} MB of text")
print()
print(line(cols))
print(line(["-" * w for w in widths]))
for r in rows:
    print(line(r))
print()
print("dates: value + precision (+ until) found among the tool's date mentions of the document;")
print("qty: a number with the gold value; qty+of: also the gold's qualifier and counted noun (of) when given.")
print("* peers give no qualifier nor noun: their number counts when the gold noun follows it in the text.")
print("docs/s, MB/s (MB = 10^6 bytes of UTF-8 text): sitrep = the whole CLI process (packs loaded, JSON read,")
print("--mentions written to /dev/null), best of 3; peers = time inside node around the loop, best of up to 3.")
print("recognizers-text: recognizeNumber then recognizeDateTime on each document; the recognizeDateTime row is")
print("the time spent in it during that run, the recognizeNumber row a run of its own.")
print("sitrep x: sitrep's MB/s over the tool's. N/M+: stopped at the time budget after N of M documents.")
for tool in ("sitrep", "chrono", "rec_number", "rec_datetime"):
    if misses[tool]:
        print(f"missed by {NAMES[tool].strip()}: " + "; ".join(misses[tool]))
