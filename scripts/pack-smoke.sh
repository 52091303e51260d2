#!/usr/bin/env bash
# Smoke test of the published package: pack it as `npm publish` would, install the tarball into
# an empty folder (so only `dependencies` are there, none of the repository), and run both
# commands from that install: `analyse` on the bundled example, `validate` on the package's
# own data folder and `compare` of that analysis with the bundled second wave (data/2024/). Prints one line per step and OK at the end; exits non-zero on any failure.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/kis-network-pack.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

step() { printf 'pack-smoke: %s\n' "$*"; }
fail() {
  printf 'pack-smoke: FAILED: %s\n' "$*" >&2
  exit 1
}

mkdir -p "$work/pack" "$work/app"

step "npm pack (runs the build through 'prepare')"
(cd "$root" && npm pack --silent --pack-destination "$work/pack" >"$work/pack.log" 2>&1) || {
  cat "$work/pack.log" >&2
  fail "npm pack"
}
tarball="$(ls "$work"/pack/kis-network-*.tgz)"
step "packed $(basename "$tarball") ($(tar -tzf "$tarball" | wc -l | tr -d ' ') files)"

step "tarball holds bin, dist, data, README.md, LICENSE, package.json and nothing else"
tar -tzf "$tarball" >"$work/contents.txt"
for required in package/package.json package/README.md package/LICENSE package/bin/kis-network.js \
  package/dist/cli/run.js package/dist/viewer.iife.js package/data/contacts.csv package/data/2024/contacts.csv; do
  grep -qx "$required" "$work/contents.txt" || fail "$required is missing from the tarball"
done
if grep -vE '^package/(package\.json|README\.md|LICENSE|bin/|dist/|data/)' "$work/contents.txt"; then
  fail "the tarball holds files outside bin/, dist/, data/ (listed above)"
fi
if grep -E '\.map$|\.test\.|^package/(src|test)/' "$work/contents.txt"; then
  fail "the tarball holds source maps, sources or tests (listed above)"
fi

step "npm install the tarball into an empty folder"
(cd "$work/app" && npm install --no-audit --no-fund --loglevel=error "$tarball" >"$work/install.log" 2>&1) || {
  cat "$work/install.log" >&2
  fail "npm install $tarball"
}

cd "$work/app"
version="$(npx --no -- kis-network --version)"
want="$(node -p "require('$root/package.json').version")"
[ "$version" = "$want" ] || fail "kis-network --version printed '$version', expected '$want'"
step "installed kis-network $version"

step "kis-network analyse --out x (bundled example)"
npx --no -- kis-network analyse --out x --quiet >"$work/analyse.log" 2>&1 || {
  cat "$work/analyse.log" >&2
  fail "kis-network analyse"
}
for f in map.html report.md nodes.csv edges.csv communities.csv products.csv summary.json graph.gexf graph.graphml graph.json; do
  [ -s "x/$f" ] || fail "analyse wrote no x/$f"
done
grep -q '<script' x/map.html || fail "x/map.html has no inlined viewer"

step "kis-network validate node_modules/kis-network/data"
npx --no -- kis-network validate node_modules/kis-network/data >"$work/validate.log" 2>&1 || {
  cat "$work/validate.log" >&2
  fail "kis-network validate on the package's data folder"
}

step "kis-network compare x node_modules/kis-network/data/2024 --out c (the bundled second wave)"
npx --no -- kis-network compare x node_modules/kis-network/data/2024 --out c --quiet >"$work/compare.log" 2>&1 || {
  cat "$work/compare.log" >&2
  fail "kis-network compare"
}
for f in organisations.csv relations.csv groups.csv communities.csv summary.json report.md report.html map.html; do
  [ -s "c/$f" ] || fail "compare wrote no c/$f"
done

step OK
