#!/usr/bin/env bash
# Regenerates tests/golden/ from the dev corpus.  Review `git diff
# tests/golden` line by line before committing: the golden files are a
# person's check of the output, not a copy of it.
set -euo pipefail
cd "$(dirname "$0")/../.."
SITREP=${SITREP:-build/sitrep}
for f in tests/data/dev/*.jsonl; do
  "$SITREP" extract "$f" | python3 tests/e2e/golden.py >"tests/golden/$(basename "$f" .jsonl).events.json"
done
