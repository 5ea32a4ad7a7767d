#!/usr/bin/env bash
# Proves the README on a new machine: a fresh clone of this repository's HEAD into an empty directory, an
# empty HOME and TMPDIR, then the README's two commands exactly as written there (read from README.md at
# the <!-- fresh-machine:gate --> and <!-- fresh-machine:test --> markers, so they cannot drift).
#
#   bash scripts/fresh-machine.sh              both commands: the gate on the example, then every test
#   bash scripts/fresh-machine.sh --gate-only  the first command only
#   bash scripts/fresh-machine.sh --dry-run    print the clone, the environment and the commands; run nothing
#
#   PYPROD_FRESH_TOOLS=~/.cache/pyprod-ci      a warm tool cache copied into the empty home (where the README's
#                                              commands look), so the tools are not built again (about an hour)
#   PYPROD_FRESH_KEEP=1                        keep the directory afterwards (its path is printed)
#
# The tests run with CI=true, as in CI: a test whose tool is missing fails instead of skipping.
# Only committed work is tested (the clone is of HEAD). The machine's own settings for reaching the package
# registries (its ~/.npmrc) are kept: a new machine of this kind has them. Node 24 is the README's one
# prerequisite beyond that: the one from the tool cache (warm copy, or installed by .ci/install-tools.sh)
# is put first on PATH, and nothing else from the cache is, so the gate has to provision its own tools.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
mode=all
case "${1:-}" in
  '') ;;
  --gate-only) mode=gate ;;
  --dry-run) mode=dry ;;
  *) echo "usage: bash scripts/fresh-machine.sh [--gate-only | --dry-run]" >&2; exit 2 ;;
esac

# readme_command <marker>: the fenced block right after <!-- fresh-machine:<marker> --> in README.md.
readme_command() {
  awk -v m="<!-- fresh-machine:$1 -->" '
    $0 == m { armed = 1; next }
    armed && /^```/ { if (inside) exit; inside = 1; next }
    inside { print }
  ' "$here/README.md"
}
gate_cmd=$(readme_command gate)
test_cmd=$(readme_command test)
[ -n "$gate_cmd" ] || { echo "fresh-machine: README.md has no <!-- fresh-machine:gate --> command" >&2; exit 1; }
[ -n "$test_cmd" ] || { echo "fresh-machine: README.md has no <!-- fresh-machine:test --> command" >&2; exit 1; }

sha=$(git -C "$here" rev-parse HEAD)
if [ "$mode" = dry ]; then
  echo "clone: $here at $sha into an empty directory, with an empty HOME and TMPDIR"
  echo "warm tool cache: ${PYPROD_FRESH_TOOLS:-none (the tools are built from the registries)}"
  printf 'command 1 (the gate):\n%s\ncommand 2 (the tests):\n%s\n' "$gate_cmd" "$test_cmd"
  exit 0
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/pyprod-fresh.XXXXXX")
chmod 700 "$root"
if [ -n "${PYPROD_FRESH_KEEP:-}" ]; then echo "fresh-machine: keeping $root"; else trap 'rm -rf "$root"' EXIT; fi
mkdir -p "$root/home" "$root/tmp"
git clone --quiet --no-hardlinks "$here" "$root/repo"
git -C "$root/repo" checkout --quiet --detach "$sha"

real_npmrc="$HOME/.npmrc"
export HOME="$root/home" TMPDIR="$root/tmp"
unset XDG_CONFIG_HOME XDG_CACHE_HOME XDG_DATA_HOME XDG_STATE_HOME PYPROD_TOOLS_DIR RUNNER_TOOL_CACHE RUNNER_TEMP \
  GOPATH GOMODCACHE GOCACHE npm_config_cache NPM_CONFIG_CACHE
[ -f "$real_npmrc" ] && export NPM_CONFIG_USERCONFIG="$real_npmrc"
tools="$HOME/.cache/pyprod-ci"
if [ -n "${PYPROD_FRESH_TOOLS:-}" ]; then
  mkdir -p "$HOME/.cache"
  cp -a "$PYPROD_FRESH_TOOLS" "$tools"
fi

cd "$root/repo"
# Node 24, the prerequisite the README names: from the tool cache, installed there when it is not warm.
if [ ! -x "$tools/node24/node_modules/node/bin/node" ]; then
  (set -a && . .ci/versions.env && npm install --prefix "$tools/node24" --no-audit --no-fund --no-save \
    --loglevel=error "node@$NODE24_VERSION")
fi
export PATH="$tools/node24/node_modules/node/bin:$PATH"
echo "fresh-machine: $root/repo at $sha, HOME=$HOME, TMPDIR=$TMPDIR, node $(node --version)"

echo "fresh-machine: command 1: $gate_cmd"
bash -c "$gate_cmd"
echo "fresh-machine: command 1 passed"
[ "$mode" = gate ] && exit 0
echo "fresh-machine: command 2 (with CI=true, so a test whose tool is missing fails): $test_cmd"
CI=true bash -c "$test_cmd"
echo "fresh-machine: command 2 passed"
