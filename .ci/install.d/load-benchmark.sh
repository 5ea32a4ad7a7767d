# shellcheck shell=bash
# load-benchmark: h2load from Debian's nghttp2-client (1.52 on Debian 12, Ubuntu 22.04/24.04 have theirs).
# Sourced by .ci/install-tools.sh with DIR, log, die and need defined. Idempotent: nothing happens when
# h2load is already on PATH. The Python side (gunicorn, uvicorn, FastAPI, Flask) comes from PyPI through uv
# in the tests themselves (cached venvs under $DIR/load-benchmark-venvs).
if ! command -v h2load >/dev/null 2>&1; then
  need apt-get "h2load (Debian package nghttp2-client)"
  lb_sudo=()
  if [ "$(id -u)" != 0 ]; then
    need sudo "h2load (apt-get as a non-root user)"
    lb_sudo=(sudo -n)
  fi
  log "installing nghttp2-client (h2load) with apt-get"
  "${lb_sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 \
    || die "apt-get update failed"
  "${lb_sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    nghttp2-client >&2 || die "apt-get install nghttp2-client failed"
  command -v h2load >/dev/null 2>&1 || die "h2load is not on PATH after installing nghttp2-client"
fi
# `h2load --version` prints "h2load nghttp2/1.52.0".
echo "h2load $(h2load --version 2>/dev/null | sed -n 's|.*nghttp2/\([0-9][0-9.]*\).*|\1|p' | head -n 1) $(command -v h2load)"
