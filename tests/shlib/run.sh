#!/usr/bin/env bash
# The shared library as a user gets it: its soname, only the public API
# exported, and a program built with pkg-config against the build tree
# (sitrep-uninstalled) and against a staged `make install`.  Prints a
# closing "N passed, N failed" line.
set -u
. "$(cd "$(dirname "$0")/../e2e" && pwd)/lib.sh"
BUILD=${BUILD:-$root/build}

t_soname() {
  local soname
  soname=$(readelf -d "$BUILD/libsitrep.so" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
  [ "$soname" = "libsitrep.so.0" ] || { echo "  soname '$soname'"; return 1; }
  [ -e "$BUILD/$soname" ] || { echo "  no $BUILD/$soname"; return 1; }
  # Every exported function is declared in a public header, all sr_*.
  nm -D --defined-only "$BUILD/libsitrep.so" | awk '$2 == "T" { sub(/@.*/, "", $3); print $3 }' >"$tmp/syms"
  [ "$(wc -l <"$tmp/syms")" -gt 20 ] && ! grep -v '^sr_' "$tmp/syms" &&
  grep -qx sr_pool_open "$tmp/syms" && ! grep -qx sr_arena_alloc "$tmp/syms"
}
check "libsitrep.so: versioned soname, only the public API exported" t_soname

build_smoke() { # pc-name, extra env for pkg-config
  # shellcheck disable=SC2046
  cc -o "$tmp/smoke" "$root/tests/shlib/smoke.c" $(pkg-config "$@")
}

t_uninstalled() {
  PKG_CONFIG_PATH=$BUILD build_smoke --cflags --libs sitrep-uninstalled &&
  readelf -d "$tmp/smoke" | grep -q 'NEEDED.*libsitrep.so.0' &&
  LD_LIBRARY_PATH=$BUILD "$tmp/smoke" "$root/packs" >"$tmp/out" &&
  grep -q '"id":"smoke"' "$tmp/out" && grep -q '"killed"' "$tmp/out"
}
check "a program built with pkg-config sitrep-uninstalled runs on the .so" t_uninstalled

t_installed() {
  make -s -C "$root" install BUILD="${BUILD#"$root"/}" DESTDIR="$tmp/stage" PREFIX=/usr >/dev/null &&
  local pc=$tmp/stage/usr/lib/pkgconfig &&
  grep -q '^Version: ' "$pc/sitrep.pc" &&
  PKG_CONFIG_PATH=$pc build_smoke --define-prefix --cflags --libs sitrep &&
  LD_LIBRARY_PATH=$tmp/stage/usr/lib "$tmp/smoke" "$tmp/stage/usr/share/sitrep/packs" >"$tmp/out" &&
  grep -q '"id":"smoke"' "$tmp/out"
}
check "make install: headers, sitrep.pc and the .so work from the staged prefix" t_installed

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
