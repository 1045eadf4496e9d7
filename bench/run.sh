#!/usr/bin/env bash
# make bench: sitrep against two well-known recognisers, on the same text, in
# one run:
#   chrono-node                        dates (chrono.fr for French, chrono for English)
#   @microsoft/recognizers-text-suite  recognizeNumber + recognizeDateTime (fr-fr / en-us)
# The peers are installed from npm, at pinned versions, into bench/work/
# (git-ignored; the install is skipped when they are already there).
#
# Corpora:
#   dev  tests/data/dev/seed-*.jsonl with their gold: agreement with the gold
#   big  the dev documents repeated to $BENCH_DOCS documents (bench/work/big.jsonl): speed
#   en   $BENCH_EN (FA-KES English articles, no published date; $BENCH_REF is the
#        reference date for every tool): speed; skipped when the file is missing
#
# Prints one table on stdout, progress on stderr. Slowness never fails the
# bench: each timed run of a peer stops after $BENCH_BUDGET seconds and its
# rate is taken over the documents done. It fails on real errors only (a tool
# crashing, an install failing, malformed output).
#
# Environment: SITREP (default build/sitrep), BENCH_BUDGET (20), BENCH_DOCS
# (2000), BENCH_EN (../shared/corpus/fakes/dev.jsonl), BENCH_REF (2017-01-01).
set -euo pipefail
cd "$(dirname "$0")/.."

CHRONO_VERSION=2.10.3
RECOGNIZERS_VERSION=1.3.1

SITREP=${SITREP:-build/sitrep}
WORK=bench/work
BUDGET=${BENCH_BUDGET:-20}
NDOCS=${BENCH_DOCS:-2000}
EN=${BENCH_EN:-../shared/corpus/fakes/dev.jsonl}
REF=${BENCH_REF:-2017-01-01}
export TZ=UTC   # the peers resolve dates in local time

say() { echo "bench: $*" >&2; }
die() { say "$*"; exit 1; }

for tool in node npm python3; do
  command -v "$tool" >/dev/null || die "$tool is needed"
done
[ -x "$SITREP" ] || die "$SITREP is missing: run make first"

# ---------------------------------------------------------------- peers
mkdir -p "$WORK"
installed() {  # installed NAME VERSION
  [ "$(node -p "try { require('./$WORK/node_modules/$1/package.json').version } catch (e) { '' }")" = "$2" ]
}
if installed chrono-node "$CHRONO_VERSION" &&
   installed @microsoft/recognizers-text-suite "$RECOGNIZERS_VERSION"; then
  say "peers already installed in $WORK"
else
  say "installing the peers into $WORK"
  npm install --no-audit --no-fund --save-exact --loglevel=error --prefix "$WORK" \
    "chrono-node@$CHRONO_VERSION" "@microsoft/recognizers-text-suite@$RECOGNIZERS_VERSION" >&2 ||
    die "npm install failed"
  installed chrono-node "$CHRONO_VERSION" &&
    installed @microsoft/recognizers-text-suite "$RECOGNIZERS_VERSION" ||
    die "npm install did not give the pinned versions"
fi

# ---------------------------------------------------------------- corpora
DEV=(tests/data/dev/seed-*.jsonl)
[ -e "${DEV[0]}" ] || die "no dev corpus in tests/data/dev"
BIG=$WORK/big.jsonl
python3 bench/big_corpus.py "$NDOCS" "$BIG" "${DEV[@]}"
CORPORA=("big=$BIG")
if [ -f "$EN" ]; then
  CORPORA+=("en=$EN")
else
  say "no $EN: the English corpus is skipped"
fi

# ---------------------------------------------------------------- run
say "running the peers (budget ${BUDGET} s per tool and corpus)"
node bench/peers.js --work "$WORK" --budget "$BUDGET" --ref "$REF" \
  --dev "${DEV[@]}" --corpus "${CORPORA[@]}" >"$WORK/peers.json.tmp" ||
  die "the peers failed"
mv "$WORK/peers.json.tmp" "$WORK/peers.json"

say "running sitrep"
python3 bench/report.py --sitrep "$SITREP" --peers "$WORK/peers.json" --ref "$REF" \
  --dev "${DEV[@]}" --corpus "${CORPORA[@]}"

# The library alone: documents in memory, only sr_doc_process timed, as the
# peers are timed inside their loop.
THROUGHPUT=${THROUGHPUT:-build/bench-throughput}
echo
echo "sitrep library alone (sr_doc_process on documents in memory, best of 3):"
for c in "${CORPORA[@]}"; do
  "$THROUGHPUT" packs "${c#*=}" | awk -v name="${c%%=*}" \
    '{ printf "  %-4s %6d docs  %8.0f docs/s  %7.1f MB/s   (engine start-up %.0f ms)\n", name, $1, $1 / $3, $2 / $3 / 1e6, $4 * 1000 }'
done

# English events against FA-KES's crowd readings (one event per article).
GOLD_CSV=${EN%.jsonl}.gold.csv
if [ -f "$EN" ] && [ -f "$GOLD_CSV" ]; then
  echo
  python3 bench/fakes.py "$SITREP" "$EN" "$GOLD_CSV"
fi
