#!/usr/bin/env python3
"""The bench corpus: the dev documents in turn, repeated to N documents,
ids made unique.  usage: big_corpus.py N OUT.jsonl DEV.jsonl..."""
import json
import os
import sys

n, out, files = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
docs = [json.loads(l) for f in files for l in open(f, encoding="utf-8") if l.strip()]
with open(out + ".tmp", "w", encoding="utf-8") as o:
    for k in range(n):
        d = dict(docs[k % len(docs)])
        d["id"] = f"{d['id']}-r{k // len(docs):05d}"
        o.write(json.dumps(d, ensure_ascii=False) + "\n")
os.replace(out + ".tmp", out)
