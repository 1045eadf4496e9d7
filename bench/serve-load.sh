#!/usr/bin/env bash
# Load and abuse test of `sitrep serve` on loopback (not part of make test):
#   1. a database of 102,500 synthetic events (bench/make-events.py, ingested
#      with --extracted; made once, kept in build/load/);
#   2. wrk, bounded in time (DURATION seconds per endpoint, 2 threads,
#      CONNECTIONS connections), on one page of /api/events with a filter
#      and a few other pages: requests, errors, latency percentiles;
#   3. the abuse list: malformed, oversized, path traversal and
#      injection-shaped requests, each of which must be answered 4xx, and
#      the server must still answer afterwards.
# Prints a report; exits non-zero when a p99 is over 50 ms, a request
# failed, or an abuse was not answered 4xx.
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
SITREP=${SITREP:-$root/build/sitrep}
DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-8}
work=$root/build/load
db=$work/events.db
mkdir -p "$work"
command -v wrk >/dev/null || { echo "serve-load: wrk is missing (scripts/install-deps)"; exit 2; }

if [ ! -s "$db" ]; then
  echo "serve-load: making $db (102,500 events)..."
  python3 "$root/bench/make-events.py" 20500 5 >"$work/corpus.jsonl" &&
  "$SITREP" ingest --quiet --db "$db" --extracted "$work/corpus.jsonl" || exit 2
fi
events=$(sqlite3 "$db" 'SELECT count(*) FROM events')
clusters=$(sqlite3 "$db" 'SELECT count(*) FROM clusters')

rm -f "$work/serve.out"
"$SITREP" serve --db "$db" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
trap 'kill "$pid" 2>/dev/null' EXIT
base=
for _ in $(seq 1 100); do
  base=$(sed -n 's|^sitrep serve: \(http://127.0.0.1:[0-9]*/\).*|\1|p' "$work/serve.out")
  [ -n "$base" ] && break; sleep 0.1
done
[ -n "$base" ] || { echo "serve-load: the server did not start"; cat "$work/serve.err"; exit 2; }

echo "database: $events events, $clusters clusters; server $base; wrk -t2 -c$CONNECTIONS -d${DURATION}s"
bad=0
# Milliseconds from wrk's "99%  12.34ms" (or us, s).
ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.2f", n }'; }
# The server's own CPU time (user + system), in clock ticks: per request,
# it does not depend on what else the machine runs.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other processes share the 2 cores)"
printf '%-58s %9s %7s %8s %8s %8s %8s\n' endpoint requests errors p50_ms p99_ms req/s cpu_ms
for target in 'api/events?type=Battles&limit=50' 'api/events?limit=100' \
              'api/events?country=SY&from=2017-01-01&to=2017-12-31&limit=50' \
              'api/clusters?type=Explosions%2FRemote%20violence&limit=50' \
              'api/events?actor=Jabhat%20al-Nusra&limit=50&offset=500'; do
  t0=$(cpu_ticks)
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$base$target" >"$work/wrk.out" 2>&1
  t1=$(cpu_ticks)
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.out")
  non2xx=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/wrk.out")
  sockerr=$(sed -n 's/^ *Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\), timeout \([0-9]*\).*/\1 \2 \3 \4/p' "$work/wrk.out" | awk '{print $1+$2+$3+$4}')
  errors=$(( ${non2xx:-0} + ${sockerr:-0} ))
  p50=$(ms "$(awk '$1 == "50%" {print $2}' "$work/wrk.out")")
  p99=$(ms "$(awk '$1 == "99%" {print $2}' "$work/wrk.out")")
  rps=$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$work/wrk.out")
  cpu=$(awk -v d=$((t1 - t0)) -v hz="$hz" -v n="${requests:-0}" 'BEGIN { printf "%.2f", n ? d * 1000 / hz / n : 0 }')
  printf '%-58s %9s %7s %8s %8s %8s %8s\n' "/$target" "$requests" "$errors" "$p50" "$p99" "$rps" "$cpu"
  [ "$errors" = 0 ] && awk -v p="$p99" 'BEGIN { exit !(p < 50) }' || bad=1
done

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "abuse (each must be 4xx, the server up after):"
long=$(printf 'a%.0s' $(seq 1 5000))
big=$(printf 'c%.0s' $(seq 1 70000))
abuse() { # description, then curl arguments
  local what=$1; shift
  local code
  code=$(curl -s --path-as-is -o /dev/null -w '%{http_code}' --max-time 10 "$@")
  case $code in 4??) r=ok ;; *) r=FAIL; bad=1 ;; esac
  printf '  %-4s %s  %s\n' "$r" "$code" "$what"
}
abuse "path traversal /../../etc/passwd" "${base%/}/../../etc/passwd"
abuse "path traversal, encoded /%2e%2e/%2e%2e/etc/passwd" "${base%/}/%2e%2e/%2e%2e/etc/passwd"
abuse "path traversal, encoded slashes /..%2f..%2fetc%2fpasswd" "${base%/}/..%2f..%2fetc%2fpasswd"
abuse "path traversal, backslashes /..%5c..%5cwin.ini" "${base%/}/..%5c..%5cwin.ini"
abuse "NUL in a path /index.html%00.js" "${base%/}/index.html%00.js"
abuse "hidden file /.git/config" "${base%/}/.git/config"
abuse "bad percent escape ?limit=%zz" "${base}api/events?limit=%zz"
abuse "invalid UTF-8 ?q=%ff%fe" "${base}api/events?q=%ff%fe"
abuse "control character ?q=a%00b" "${base}api/events?q=a%00b"
abuse "unknown parameter ?colour=red" "${base}api/events?colour=red"
abuse "parameter twice ?limit=1&limit=2" "${base}api/events?limit=1&limit=2"
abuse "limit out of range ?limit=100000" "${base}api/events?limit=100000"
abuse "not a date ?from=2016-02-30" "${base}api/events?from=2016-02-30"
abuse "bbox with nan" "${base}api/events?bbox=nan,0,1,1"
abuse "id not a number /api/clusters/1%20OR%201=1" "${base}api/clusters/1%20OR%201=1"
abuse "SQL in type ?type=' OR 1=1 --" "${base}api/events?type=%27%20OR%201%3D1%20--"
abuse "SQL in limit ?limit=1;DROP TABLE events" "${base}api/events?limit=1;DROP%20TABLE%20events"
abuse "SQL in from ?from=2016-01-01'; DELETE FROM events;--" "${base}api/events?from=2016-01-01%27%3B%20DELETE%20FROM%20events%3B--"
abuse "FTS syntax injection ?q=x\" OR 1=1 --" "${base}api/events?q=x%22%20OR%201%3D1%20--"
abuse "SQL in a document id" "${base}api/documents/x%27%20OR%20%271%27%3D%271"
abuse "target of 5,000 bytes" "${base}api/events?q=$long"
abuse "header of 70,000 bytes" -H "X-Big: $big" "${base}api/stats"
abuse "30 parameters" "${base}api/events?$(for i in $(seq 1 30); do printf 'p%d=1&' "$i"; done)"
abuse "POST on a read-only server" -X POST --data-binary '{"id":"x","text":"y"}' "${base}api/documents"
abuse "DELETE" -X DELETE "${base}api/events"
abuse "unknown endpoint" "${base}api/admin"
code=$(curl -s -o /dev/null -w '%{http_code}' "${base}api/stats")
after=$(sqlite3 "$db" 'SELECT count(*) FROM events')
if kill -0 "$pid" && [ "$code" = 200 ] && [ "$after" = "$events" ]; then
  echo "  ok   server still up (GET /api/stats: $code), database unchanged ($after events)"
else
  echo "  FAIL server up: code $code, events $after"; bad=1
fi
kill "$pid"; wait "$pid" 2>/dev/null
exit $bad
