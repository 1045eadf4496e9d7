"""Checks every example of docs/api.md against a running `sitrep serve`.

An example is a fenced ```http block (request line, headers, blank line,
body), the line "Answer: STATUS" after it, and optionally the next fenced
block (json or csv) before the next example: a JSON answer must hold every
field shown (objects may have more keys, lists more items; "..." matches
any value); a CSV answer must start with the text shown.

usage: api_examples.py API_MD BASE_URL  -- prints ok/FAIL lines and
"N passed, N failed"; exits 1 on a failure.
"""
import json
import re
import sys
import urllib.error
import urllib.request


def examples(md):
    blocks = list(re.finditer(r"^```(\w*)\n(.*?)^```", md, re.S | re.M))
    for i, b in enumerate(blocks):
        if b.group(1) != "http":
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        between = md[b.end(): nxt.start() if nxt else len(md)]
        m = re.search(r"^Answer: (\d{3})", between, re.M)
        if not m:
            raise SystemExit("docs/api.md: an example without 'Answer: STATUS': "
                             + b.group(2).splitlines()[0])
        expect = nxt if nxt and nxt.group(1) in ("json", "csv") else None
        yield b.group(2), int(m.group(1)), expect


def request(base, text):
    head, _, body = text.partition("\n\n")
    lines = head.splitlines()
    method, target = lines[0].split(" ", 1)
    headers = dict(l.split(": ", 1) for l in lines[1:])
    req = urllib.request.Request(base.rstrip("/") + target, method=method,
                                 data=body.encode() if body else None,
                                 headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.headers.get("Content-Type", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def holds(got, want, where="answer"):
    """None when got holds want, else where it does not."""
    if want == "...":
        return None
    if isinstance(want, dict):
        if not isinstance(got, dict):
            return f"{where}: not an object"
        for k, v in want.items():
            if k not in got:
                return f"{where}.{k}: missing"
            bad = holds(got[k], v, f"{where}.{k}")
            if bad:
                return bad
        return None
    if isinstance(want, list):
        if not isinstance(got, list) or len(got) < len(want):
            return f"{where}: want a list of at least {len(want)}, got {json.dumps(got)[:200]}"
        for i, v in enumerate(want):
            bad = holds(got[i], v, f"{where}[{i}]")
            if bad:
                return bad
        return None
    if isinstance(want, (int, float)) and not isinstance(want, bool):
        ok = isinstance(got, (int, float)) and not isinstance(got, bool) and got == want
    else:
        ok = got == want
    return None if ok else f"{where}: want {json.dumps(want)}, got {json.dumps(got)[:200]}"


def main():
    md = open(sys.argv[1], encoding="utf-8").read()
    passed = failed = 0
    for text, status, expect in examples(md):
        name = text.splitlines()[0]
        got_status, ctype, body = request(sys.argv[2], text)
        problem = None
        if got_status != status:
            problem = f"status {got_status}, want {status}: {body[:300]!r}"
        elif expect and expect.group(1) == "json":
            if not ctype.startswith(("application/json", "application/geo+json")):
                problem = f"content type {ctype}"
            else:
                problem = holds(json.loads(body), json.loads(expect.group(2)))
        elif expect and expect.group(1) == "csv":
            want = expect.group(2).rstrip("\n").replace("\n", "\r\n")
            if not body.decode("utf-8").startswith(want):
                problem = f"CSV starts {body[:400]!r}"
        if problem:
            failed += 1
            print(f"FAIL docs/api.md: {name}\n  {problem}")
        else:
            passed += 1
            print(f"ok   docs/api.md: {name}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
