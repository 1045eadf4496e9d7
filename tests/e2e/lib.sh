# Shared by the end-to-end scripts (sourced): where things are, a scratch
# folder, and the helpers that run sitrep and check what it did.  Each
# script ends with a "N passed, N failed" line.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
SITREP=${SITREP:-$root/build/sitrep}
export SITREP_PACKS=${SITREP_PACKS:-$root/packs}
data=$root/tests/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
passed=0 failed=0

check() { # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name"; fi
}

# Runs sitrep; stdout, stderr and status go to $tmp/out, $tmp/err, $tmp/rc.
run() { "$SITREP" "$@" >"$tmp/out" 2>"$tmp/err"; echo $? >"$tmp/rc"; }
rc_is() { [ "$(cat "$tmp/rc")" = "$1" ] || { echo "  exit $(cat "$tmp/rc"), wanted $1"; cat "$tmp/err"; return 1; }; }
err_has() { grep -qF -- "$1" "$tmp/err" || { echo "  stderr lacks: $1"; cat "$tmp/err"; return 1; }; }
py() { python3 - "$@"; }
