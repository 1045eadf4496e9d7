#!/usr/bin/env bash
# End-to-end tests of `sitrep serve` (docs/api.md): every documented
# example against a server on the bundled examples' database, then the
# abuse a server on a network meets (malformed, oversized, path traversal,
# injection-shaped requests): each answered 4xx, the database unchanged,
# the server still up, and stopped cleanly (under ASan: no error, no leak).
# Prints a closing "N passed, N failed" line.
set -u
. "$(cd "$(dirname "$0")" && pwd)/lib.sh"
token=change-me-to-a-long-secret
db=$tmp/examples.db

"$SITREP" ingest --quiet --db "$db" "$root/examples" 2>"$tmp/ingest.err" ||
  { echo "FAIL ingesting examples/"; cat "$tmp/ingest.err"; echo "0 passed, 1 failed"; exit 1; }
"$SITREP" serve --db "$db" --port 0 --ingest-token "$token" >"$tmp/serve.out" 2>"$tmp/serve.err" &
pid=$!
base=
for _ in $(seq 1 600); do
  base=$(sed -n 's|^sitrep serve: \(http://127.0.0.1:[0-9]*/\).*|\1|p' "$tmp/serve.out")
  [ -n "$base" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$base" ]; then
  echo "FAIL sitrep serve did not start"; cat "$tmp/serve.err"; echo "0 passed, 1 failed"; exit 1
fi
trap 'kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT

# ------------------------------------------------------------ the examples
py "$root/docs/api.md" "$base" <"$here/api_examples.py" >"$tmp/examples.out"
examples_rc=$?
grep -v ' passed, ' "$tmp/examples.out"
read -r ex_passed ex_failed < <(sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$tmp/examples.out")
passed=$((passed + ${ex_passed:-0})); failed=$((failed + ${ex_failed:-1}))
[ "$examples_rc" = 0 ] || [ "${ex_failed:-1}" != 0 ] || failed=$((failed + 1))

# ------------------------------------------------------------------ abuse
# status_is WANT [curl args...]: the request's status.
status_is() {
  local want=$1; shift
  local got
  got=$(curl -s --path-as-is -o "$tmp/body" -w '%{http_code}' "$@")
  [ "$got" = "$want" ] || { echo "  $* -> $got, wanted $want: $(head -c 300 "$tmp/body")"; return 1; }
}
events_before=$(sqlite3 "$db" 'SELECT count(*) FROM events')

t_traversal() {
  local p
  for p in '/../../etc/passwd' '/%2e%2e/%2e%2e/etc/passwd' '/..%2f..%2fetc%2fpasswd' \
           '/.%2e/.%2e/etc/passwd' '/..%5c..%5cetc%5cpasswd' '/%2fetc%2fpasswd' \
           '/index.html%00.js' '/.git/config' '//etc/passwd'; do
    status_is 400 "${base%/}$p" || return 1
  done
  status_is 404 "${base}etc/passwd" && status_is 404 "${base}no-such-file.js" &&
  status_is 200 "${base}index.html" && status_is 200 "${base}app.js"
}
check "path traversal: 400, never a file outside the viewer" t_traversal

t_malformed() {
  status_is 400 "${base}api/events?limit=%zz" &&
  status_is 400 "${base}api/events?q=%ff%fe" &&
  status_is 400 "${base}api/events?q=a%00b" &&
  status_is 400 "${base}api/events?=1" &&
  status_is 400 "${base}api/events?limit=1&limit=2" &&
  status_is 400 "${base}api/events?limit=-1" &&
  status_is 400 "${base}api/events?limit=1e3" &&
  status_is 400 "${base}api/events?bbox=nan,0,1,1" &&
  status_is 400 "${base}api/events?bbox=1,2,3,4,5" &&
  status_is 400 "${base}api/events?from=2016-02-30" &&
  status_is 400 "${base}api/events?from=2016-10-02&to=2016-10-01" &&
  status_is 400 "${base}api/stats?x=1" &&
  status_is 400 "${base}api/clusters/0" &&
  status_is 400 "${base}api/clusters/99999999999999999999" &&
  status_is 405 -X DELETE "${base}api/events" &&
  status_is 405 -X PUT "${base}api/documents" &&
  status_is 405 -X POST "${base}api/events" &&
  # Not HTTP at all: closed without an answer; an unknown method, HTTP/1.1
  # without a Host, a negative length: 4xx.
  py "$base" <<'PY'
import socket, sys, urllib.parse
u = urllib.parse.urlparse(sys.argv[1])
def ask(raw):
    s = socket.create_connection((u.hostname, u.port), timeout=10)
    s.sendall(raw)
    answer = s.recv(200)
    s.close()
    return answer
garbage = ask(b"GARBAGE\r\n\r\n")
assert garbage == b"" or garbage.startswith(b"HTTP/1.1 4"), garbage
for raw in (b"BREW /api/stats HTTP/1.1\r\nHost: x\r\n\r\n",
            b"GET /api/stats HTTP/1.1\r\n\r\n",
            b"GET /api/stats HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
            b"GET api/stats HTTP/1.1\r\nHost: x\r\n\r\n"):
    answer = ask(raw)
    assert answer.startswith(b"HTTP/1.1 4"), (raw, answer)
PY
}
check "malformed requests: 4xx naming what is wrong" t_malformed

t_oversized() {
  local long
  long=$(printf 'a%.0s' $(seq 1 5000))
  status_is 414 "${base}api/events?q=$long" &&
  status_is 400 "${base}api/events?q=$(printf 'b%.0s' $(seq 1 600))" &&
  # 30 parameters, more than the 24 allowed.
  status_is 400 "${base}api/events?$(for i in $(seq 1 30); do printf 'p%d=1&' "$i"; done)" &&
  # A header past the connection's memory: the HTTP library refuses it.
  { got=$(curl -s -o /dev/null -w '%{http_code}' -H "X-Big: $(printf 'c%.0s' $(seq 1 70000))" "${base}api/stats");
    case $got in 4*) ;; *) echo "  big header -> $got"; false;; esac; } &&
  head -c 17000000 /dev/zero | tr '\0' 'x' >"$tmp/big" &&
  status_is 413 -X POST -H "Authorization: Bearer $token" --data-binary @"$tmp/big" "${base}api/documents" &&
  # Chunked, so with no length announced: counted as it comes.
  status_is 413 -X POST -H "Authorization: Bearer $token" -H "Transfer-Encoding: chunked" \
    --data-binary @"$tmp/big" "${base}api/documents"
}
check "oversized requests: 413, 414 or 400" t_oversized

t_injection() {
  status_is 400 "${base}api/events?type=%27%20OR%201%3D1%20--" &&
  status_is 400 "${base}api/events?limit=1;DROP%20TABLE%20events" &&
  status_is 400 "${base}api/clusters/1%20OR%201=1" &&
  status_is 400 "${base}api/events?q=x%22%20OR%201%3D1%20--" &&
  status_is 404 "${base}api/documents/x%27%20OR%20%271%27%3D%271" &&
  status_is 400 "${base}api/events?from=2016-01-01%27%3B%20DELETE%20FROM%20events%3B--" &&
  status_is 200 "${base}api/events?actor=%27%29%3B%20DROP%20TABLE%20events%3B--" &&
  grep -q '"total":0' "$tmp/body" &&
  status_is 200 "${base}api/clusters?source=%25" && grep -q '"total":0' "$tmp/body" &&
  [ "$(sqlite3 "$db" 'SELECT count(*) FROM events')" = "$events_before" ]
}
check "injection-shaped values: refused or matched literally, nothing changed" t_injection

t_posted_visible() {
  # The example of docs/api.md posted note-1: every reader connection serves
  # it at once (none holds an old snapshot).
  local i
  for i in 1 2 3 4 5 6 7 8; do
    status_is 200 "${base}api/documents/note-1" || return 1
  done
  status_is 200 "${base}api/events?source=Example%20Wire" && grep -q '"document":"note-1"' "$tmp/body"
}
check "a posted document is served at once by every connection" t_posted_visible

t_post_refused() {
  status_is 401 -X POST --data-binary '{"id":"x","text":"y"}' "${base}api/documents" &&
  status_is 401 -X POST -H "Authorization: Bearer wrong-token-of-some-length" \
    --data-binary '{"id":"x","text":"y"}' "${base}api/documents" &&
  status_is 400 -X POST -H "Authorization: Bearer $token" --data-binary 'not json' "${base}api/documents" &&
  grep -q '"line":1' "$tmp/body"
}
check "POST without the token: 401; nothing good in the body: 400 naming the line" t_post_refused

t_csv_undated() {
  # The undated clusters the ACLED CSV leaves out, as `sitrep export` counts them.
  curl -s -D "$tmp/headers" -o "$tmp/body" "${base}api/export.csv" &&
  want=$("$SITREP" export --db "$db" 2>&1 >/dev/null |
         sed -n 's/^sitrep export: \([0-9]*\) undated.*/\1/p') &&
  tr -d '\r' <"$tmp/headers" | grep -qix "X-Sitrep-Undated-Left-Out: ${want:-0}"
}
check "the CSV export says in a header how many undated clusters it left out" t_csv_undated

t_still_up() {
  kill -0 "$pid" && status_is 200 "${base}api/stats" &&
  status_is 200 "${base}api/events?limit=1000" && status_is 200 "${base}api/export.csv"
}
check "the server is still up after all that" t_still_up

t_read_only() {
  # Without --ingest-token the database is opened read-only: POST is 403.
  "$SITREP" serve --db "$db" --port 0 >"$tmp/ro.out" 2>"$tmp/ro.err" &
  local ro=$! url=
  for _ in $(seq 1 600); do
    url=$(sed -n 's|^sitrep serve: \(http://127.0.0.1:[0-9]*/\).*|\1|p' "$tmp/ro.out")
    [ -n "$url" ] && break; sleep 0.1
  done
  grep -q 'read-only' "$tmp/ro.out" &&
  status_is 403 -X POST --data-binary '{"id":"x","text":"y"}' "${url}api/documents" &&
  status_is 200 -I "${url}api/stats"
  local rc=$?
  kill "$ro"; wait "$ro"
  return $rc
}
check "read-only by default: POST refused with 403, HEAD answered" t_read_only

t_usage() {
  run serve && rc_is 2 && err_has "--db" &&
  run serve --db "$db" --port 70000 && rc_is 2 && err_has "70000" &&
  run serve --db "$db" --bind example.org && rc_is 2 && err_has "example.org" &&
  run serve --db "$db" --ingest-token short && rc_is 2 && err_has "16" &&
  run serve --db "$tmp/missing.db" && rc_is 2 && err_has "missing.db"
}
check "bad options and a missing database: exit 2, saying why" t_usage

t_clean_stop() {
  kill -TERM "$pid" && wait "$pid"
  local rc=$?
  [ "$rc" = 0 ] && ! grep -q 'Sanitizer' "$tmp/serve.err" ||
    { echo "  exit $rc"; head -30 "$tmp/serve.err"; return 1; }
}
check "SIGTERM: a clean stop, no sanitizer report" t_clean_stop

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
