#!/usr/bin/env python3
"""make bench, scaling part: the same corpus through

  1. the CLI with -j 1 and -j 2 (whole runs, and after the engine's
     start-up), checking that the bytes out are the same;
  2. the Python package against the CLI, per document, on FA-KES;
  3. sitrep.dask on a LocalCluster of one worker and of two.

Prints a plain-text table on stdout, progress on stderr; a measurement,
not a test: it fails only when something breaks (a tool crashing, outputs
that differ).  Times are the best of --repeat runs: the machine is shared,
and the best run is the one least disturbed.

usage: scale.py --sitrep BIN --lib LIBSITREP.so --corpus BIG.jsonl --fakes FAKES.jsonl
Run with /usr/bin/python3 (Debian's pandas, dask, distributed).
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def die(msg):
    log(msg)
    sys.exit(1)


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def text_bytes(docs):
    return sum(len(d["text"].encode("utf-8")) for d in docs)


args = None


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_cli(*cli_args, out=subprocess.DEVNULL, cpu=False, both=False):
    """The wall time of one CLI run (its CPU time with cpu=True: what a
    single-threaded run costs, however busy the machine; both: the two)."""
    c = children_cpu()
    t = time.perf_counter()
    r = subprocess.run([args.sitrep, *cli_args], stdout=out, stderr=subprocess.PIPE)
    t = time.perf_counter() - t
    c = children_cpu() - c
    if r.returncode != 0:
        die(f"sitrep {' '.join(cli_args)} exited {r.returncode}: {r.stderr.decode(errors='replace')[:500]}")
    return (t, c) if both else c if cpu else t


def best(fn, n=None):
    return min(fn() for _ in range(n or args.repeat))


def main():
    # Under a guard: Dask's worker processes import this file again.
    global args
    p = argparse.ArgumentParser()
    p.add_argument("--sitrep", required=True)
    p.add_argument("--lib", required=True)
    p.add_argument("--packs", default=os.path.join(ROOT, "packs"))
    p.add_argument("--corpus", required=True, help="the bench corpus (JSON Lines)")
    p.add_argument("--fakes", required=True, help="FA-KES dev.jsonl")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--blocksize", type=int, default=256 << 10)
    args = p.parse_args()

    os.environ["SITREP_LIB"] = os.path.abspath(args.lib)
    os.environ["SITREP_PACKS"] = os.path.abspath(args.packs)
    os.environ["PYTHONPATH"] = os.path.join(ROOT, "python") + os.pathsep + os.environ.get("PYTHONPATH", "")
    sys.path.insert(0, os.path.join(ROOT, "python"))

    load0 = os.getloadavg()
    big = read_jsonl(args.corpus)
    fakes = read_jsonl(args.fakes)
    nbig, bbig = len(big), text_bytes(big)
    nfk, bfk = len(fakes), text_bytes(fakes)

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        one = os.path.join(tmp, "one.jsonl")
        with open(one, "w", encoding="utf-8") as f:
            f.write(json.dumps(big[0], ensure_ascii=False) + "\n")

        # ------------------------------------------------------------ 1. CLI -j
        log("CLI -j 1 and -j 2 on the bench corpus")
        startup = best(lambda: run_cli("extract", one), args.repeat + 2)
        outs = {}
        for j in (1, 2):
            with open(os.path.join(tmp, f"j{j}.jsonl"), "wb") as f:
                run_cli("extract", "-j", str(j), "--mentions", args.corpus, out=f)
        same = open(os.path.join(tmp, "j1.jsonl"), "rb").read() == open(os.path.join(tmp, "j2.jsonl"), "rb").read()
        if not same:
            die("-j 2 wrote other bytes than -j 1")
        # Interleaved, so that a disturbance hits both alike.
        times = {1: [], 2: []}
        for _ in range(args.repeat):
            for j in (1, 2):
                times[j].append(run_cli("extract", "-j", str(j), "--mentions", args.corpus, both=True))
        cli_t = {j: min(v)[0] for j, v in times.items()}
        cli_cpu = {j: min(v)[1] for j, v in times.items()}  # of the best run

        # ---------------------------------------------- 2. Python against the CLI
        log("Python package against the CLI on FA-KES")
        import sitrep
        t = time.perf_counter()
        engine = sitrep.Engine()
        py_startup = time.perf_counter() - t
        # The CLI's time per document without its start-up: FA-KES three
        # times over against once, (t3 - t1) / 2n.
        fakes3 = os.path.join(tmp, "fakes3.jsonl")
        with open(args.fakes, encoding="utf-8") as f:
            lines = f.read()
        with open(fakes3, "w", encoding="utf-8") as f:
            f.write(lines * 3)

        def py_loop(fn):
            def run():
                t = time.process_time()
                for d in fakes:
                    fn(**d)
                return time.process_time() - t
            return run

        def py_many():
            t = time.process_time()
            for _ in engine.extract_many(fakes, threads=1):
                pass
            return time.process_time() - t

        # Each measure once per round, rounds interleaved, the best of each
        # kept: a disturbance hits every measure alike.
        measures = {
            "cli1": lambda: run_cli("extract", args.fakes, cpu=True),
            "cli3": lambda: run_cli("extract", fakes3, cpu=True),
            "extract": py_loop(engine.extract),
            "many": py_many,
            "json": py_loop(engine.extract_json),
            "json+loads": py_loop(lambda **d: json.loads(engine.extract_json(**d))),
        }
        engine.extract(**fakes[0])  # first-call costs out of the loops
        py_best = {k: float("inf") for k in measures}
        for _ in range(args.repeat + 2):
            for k, fn in measures.items():
                py_best[k] = min(py_best[k], fn())
        fk_cli_docs = (py_best["cli3"] - py_best["cli1"]) / 2
        cli_out = subprocess.run([args.sitrep, "extract", args.fakes], capture_output=True).stdout.decode()
        if [engine.extract_json(**d) for d in fakes] != cli_out.splitlines():
            die("the Python package wrote other JSON than the CLI on FA-KES")
        if [engine.extract(**d) for d in fakes] != [json.loads(l) for l in cli_out.splitlines()]:
            die("engine.extract() gave other dicts than json.loads of the CLI's output on FA-KES")

        # ------------------------------------------------------------ 3. Dask
        log("sitrep.dask on 1 and 2 workers")
        from dask.distributed import Client, LocalCluster
        import sitrep.dask as sd
        want = open(os.path.join(tmp, "j1.jsonl"), "rb").read()
        dask_t, load_t = {}, {}
        for workers in (1, 2):
            with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                              dashboard_address=None, silence_logs=40) as cluster, Client(cluster) as client:
                load_t[workers] = max(sd.preload(client).values())
                def run(check=False):
                    # A new graph each time: keys computed a moment ago may
                    # still be held by the workers and come back for free.
                    # The workers write the shards; only paths travel back.
                    out = tempfile.mkdtemp(dir=tmp)
                    t = time.perf_counter()
                    bag = sd.extract([args.corpus], mentions=True, as_json=True,
                                     blocksize=args.blocksize)
                    paths = sd.write_jsonl(bag, out)
                    t = time.perf_counter() - t
                    if check and b"".join(open(p, "rb").read() for p in paths) != want:
                        die(f"Dask with {workers} worker(s) wrote other JSON than the CLI")
                    return t, bag.npartitions
                run(check=True)
                dask_t[workers], nparts = best(run)

    # ------------------------------------------------------------ report
    print()
    print(f"Load average at start {load0[0]:.2f}, at the end {os.getloadavg()[0]:.2f} "
          f"(1 min; {os.cpu_count()} cores)")
    print(f"Scaling (bench corpus: {nbig} documents, {bbig / 1e6:.1f} MB of text; "
          f"FA-KES: {nfk} documents, {bfk / 1e6:.1f} MB; best of {args.repeat}; {os.cpu_count()} cores):")
    print(f"  CLI start-up (engine load, one document): {startup * 1000:.0f} ms")
    print(f"  {'':30s} {'seconds':>8s} {'docs/s':>8s} {'MB/s':>6s}   {'after start-up: docs/s':>22s}   {'CPU s':>6s}")
    for j in (1, 2):
        t = cli_t[j]
        print(f"  {'CLI extract -j %d --mentions' % j:30s} {t:8.2f} {nbig / t:8.0f} {bbig / t / 1e6:6.2f}   "
              f"{nbig / (t - startup):22.0f}   {cli_cpu[j]:6.2f}")
    print(f"  -j 2 / -j 1: {cli_t[1] / cli_t[2]:.2f}x whole run, "
          f"{(cli_t[1] - startup) / (cli_t[2] - startup):.2f}x after start-up; output identical: {'yes' if same else 'NO'}")
    print()
    per_cli = fk_cli_docs / nfk * 1000
    print(f"  Python on FA-KES (engine load {py_startup * 1000:.0f} ms), CPU time per document "
          f"(start-up excluded; the CLI reads JSON Lines and writes JSON, Python takes a dict "
          f"and gives a dict or str):")
    print(f"    {'CLI extract, (3 x FA-KES - FA-KES) / 2':42s} {per_cli:6.3f} ms")
    for name, key in (("engine.extract() loop, dicts", "extract"),
                      ("extract_many(threads=1), dicts", "many"),
                      ("engine.extract_json() loop, JSON str", "json"),
                      ("json.loads(extract_json()), for reference", "json+loads")):
        per = py_best[key] / nfk * 1000
        print(f"    {name:42s} {per:6.3f} ms   Python's overhead {100 * (per - per_cli) / per_cli:+6.1f} %")
    print()
    print(f"  sitrep.dask extract + write_jsonl (--mentions), LocalCluster, bench corpus in {nparts} tasks of {args.blocksize >> 10} KiB "
          f"(engines preloaded: {load_t[1] * 1000:.0f} / {load_t[2] * 1000:.0f} ms):")
    for w in (1, 2):
        t = dask_t[w]
        print(f"    {w} worker{'s' if w > 1 else ' '}   {t:6.2f} s  {nbig / t:6.0f} docs/s  {bbig / t / 1e6:5.2f} MB/s")
    print(f"    2 workers / 1: {dask_t[1] / dask_t[2]:.2f}x; output identical to the CLI's: yes")


if __name__ == "__main__":
    main()
