#!/usr/bin/env bash
# Windows check for moty on Debian 12, run by .ci/run: cross-builds moty for
# x86_64-pc-windows-gnu and runs the library's unit tests and a CLI smoke test under Wine.
# Adapted from the project's shared recipe (tools/windows-check.sh), so CI needs nothing beside
# the repository: Debian's rustc-web (1.96) with its std source and -Z build-std (no rustup
# target needed), mingw-w64 to compile SQLite and link, wine64 to run. Prints each step's
# duration. Usage: scripts/windows-check.sh (from anywhere; installs its packages as root).
#
# Notes (from the recipe):
# - mingw is needed even for `cargo check` (dlltool for the import libraries).
# - Wine 8.0 lacks bcryptprimitives.dll (ProcessPrng), which Rust's std imports: a tiny stub
#   forwarding to RtlGenRandom is compiled into the Wine prefix.
# - Wine's Z: drive (= /) is removed and D: is the repository, so Unix paths (/dev/urandom,
#   /proc/mounts) fail as they would on Windows.
# - The CLI tests (tests/cli) drive the binary through sh and a pseudo-terminal: Unix only.
#   Windows runs the library's unit tests and the smoke test below.
# Cost on the 2-core machine: ~350 MB of packages (about a minute), a cold build of several
# minutes, ~2.5 GB under target/windows-gnu; a rerun takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

step() {
    local name=$1
    shift
    local start=$SECONDS
    echo "== windows: $name"
    "$@"
    echo "== windows: $name: $((SECONDS - start)) s"
}

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
PACKAGES=(rustc-web cargo-web rust-web-src gcc-mingw-w64-x86-64 wine64)

install() {
    local installed
    installed=$(dpkg-query -W -f='${Status}\n' "${PACKAGES[@]}" 2>/dev/null \
        | grep -c "install ok installed" || true)
    if [ "$installed" != "${#PACKAGES[@]}" ]; then
        export DEBIAN_FRONTEND=noninteractive
        $SUDO apt-get update -q >/dev/null
        $SUDO apt-get install -y -q --no-install-recommends "${PACKAGES[@]}" >/dev/null
    fi
    /usr/bin/rustc --version
}

CARGO=/usr/bin/cargo # Debian's cargo 1.96 (not the rustup proxy)
export RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="$REPO/target/windows-gnu"
WIN=(-Z build-std=std,panic_abort --target x86_64-pc-windows-gnu
    --no-default-features --features plain)
EXE="$CARGO_TARGET_DIR/x86_64-pc-windows-gnu/debug/moty.exe"

# Wine 8.0 lacks bcryptprimitives.dll (ProcessPrng), which Rust's std imports since 1.78: a stub
# forwarding to RtlGenRandom. The Z: drive (= /) is replaced by D: = the repository.
export WINEPREFIX="$CARGO_TARGET_DIR/wine" WINEDEBUG=-all
WINE=/usr/lib/wine/wine64
wine_prefix() {
    if [ -e "$WINEPREFIX/.moty-ready" ]; then
        return
    fi
    "$WINE" wineboot -i >/dev/null 2>&1 || true
    /usr/lib/wine/wineserver64 -w || true
    cat >"$WINEPREFIX/bcryptprimitives.c" <<'EOF'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk; len -= chunk;
    }
    return TRUE;
}
EOF
    x86_64-w64-mingw32-gcc -O2 -shared \
        -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
        "$WINEPREFIX/bcryptprimitives.c" -ladvapi32
    rm -f "$WINEPREFIX/dosdevices/z:"
    ln -sfn "$REPO" "$WINEPREFIX/dosdevices/d:"
    touch "$WINEPREFIX/.moty-ready"
}

# Runs moty.exe under Wine; prints what it printed and checks its exit code.
moty() {
    local want=$1
    shift
    echo "\$ moty $*"
    local code=0
    "$WINE" "$EXE" "$@" >out.txt 2>err.txt || code=$?
    cat out.txt
    cat err.txt >&2
    if [ "$code" != "$want" ]; then
        echo "windows smoke test: 'moty $*' exited $code, expected $want" >&2
        return 1
    fi
}

# The CLI as a coordinator on Windows would start: the demo, a look-up, a case, the weekly
# export as JSON; the default register in the local (never roaming) data folder; a register on
# a UNC path refused.
smoke() {
    local dir="$CARGO_TARGET_DIR/smoke"
    rm -rf "$dir"
    mkdir -p "$dir"
    cd "$dir"
    export MOTY_USER=coordinator-w MOTY_NOW="2026-11-23 10:00"
    moty 0 --version
    moty 0 --json demo demo.sqlite3
    local first
    first=$(sed -n 's/.*"first_case": *"\([^"]*\)".*/\1/p' out.txt)
    [ -n "$first" ] || { echo "no first case in the demo's JSON" >&2; return 1; }
    moty 0 demo demo.sqlite3 >/dev/null
    moty 0 --db demo.sqlite3 find "$first" --reason "smoke test"
    grep -q "$first" out.txt
    moty 0 --db demo.sqlite3 show "$first" --reason "smoke test" >show.txt
    grep -q "$first" show.txt
    head -n 12 show.txt
    moty 0 --db demo.sqlite3 report weekly --to-whom "Yhteistyö-tiimi" --format json
    grep -q '"schema": *1' out.txt
    moty 0 --db demo.sqlite3 doctor
    # No --db: the register's default place, in the user's local application data.
    unset MOTY_DB
    moty 3 find Virtanen --reason "smoke test"
    grep -qi 'AppData\\Local\\moty' err.txt
    # A register on a network share is refused (exit 4), nothing created.
    moty 4 --json demo '\\fileserver\moty\demo.sqlite3'
    grep -q 'network share' err.txt
    cd "$REPO"
}

step "install (rustc-web, mingw-w64, wine64)" install
# 1. Compile and link moty.exe and the library's unit tests (std built from
#    /usr/lib/rustlib/src/rust, bundled SQLite compiled by x86_64-w64-mingw32-gcc). One cargo
#    run for both, so std and the dependencies are built once: `cargo build` and `cargo test`
#    build std differently (the test crate) and would build everything twice. The integration
#    test target (cfg(unix), empty here) makes cargo link moty.exe too.
step "build moty.exe and the unit tests" "$CARGO" test "${WIN[@]}" --lib --test cli --no-run
step "wine prefix" wine_prefix
# 2. The library's unit tests under Wine.
step "unit tests under wine" env CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER="$WINE" \
    "$CARGO" test "${WIN[@]}" --lib
# 3. The CLI smoke test under Wine.
step "smoke test under wine" smoke
