#!/usr/bin/env bash
# A Docker engine for docker-slim-build's tests and bench on machines without one (see ../shared/RECIPES.md):
# Debian's dockerd with the vfs storage driver, no iptables and no bridge (containers and builds then need
# `--network host`), on its own socket so it never touches a machine's real engine.
#
#   bash scripts/docker-engine.sh start    start dockerd unless one answers on the socket, wait for it, and
#                                          import the stand-in base image when it is missing or older than this script
#   bash scripts/docker-engine.sh stop     stop the dockerd this script started (by the pid in its pid file)
#   bash scripts/docker-engine.sh status   "running <server version>" or "stopped" (exit 1)
#
# Then: export DOCKER_HOST=unix:///tmp/pyprod-docker.sock PYPROD_DOCKER_NETWORK=host
#
# Docker Hub is unreachable here, so `python:3.11-slim-bookworm` is replaced by local/python:3.11-slim-bookworm,
# a debootstrap'd Debian 12 with Python 3.11 (Debian's, at /usr/bin/python3, no pip; python3-venv brings
# ensurepip) and, like the official image, Python's C headers without its static library (so a builder
# stage that adds gcc can compile extensions, as on python:3.11-slim). The root filesystem tarball is cached under $PYPROD_TOOLS_DIR so a restarted engine (its data
# root is under /tmp) re-imports it in seconds; debootstrap runs once per machine (about a minute).
set -euo pipefail

SOCK=/tmp/pyprod-docker.sock
DATA=/tmp/pyprod-docker
EXEC=/tmp/pyprod-docker-exec
PIDFILE=/tmp/pyprod-docker.pid
LOGFILE=/tmp/pyprod-dockerd.log
# The engine's own TMPDIR (see stale_tmpdir).
ENGINE_TMP=/tmp/pyprod-docker-tmp
BASE_IMAGE=local/python:3.11-slim-bookworm
SUITE=bookworm
TOOLS="${PYPROD_TOOLS_DIR:-$HOME/.cache/pyprod-ci}"
# Local CAs of this machine (Debian keeps them in /usr/local/share/ca-certificates): a machine behind a
# TLS-inspecting proxy needs them inside builds too, or pip and uv cannot reach PyPI. They key the tarball.
LOCAL_CAS=(/usr/local/share/ca-certificates/*.crt)
[ -e "${LOCAL_CAS[0]}" ] || LOCAL_CAS=()
CA_KEY=$( (cat /dev/null "${LOCAL_CAS[@]}") | sha256sum | cut -c1-12)
# Bump ROOTFS_VERSION when build_rootfs changes: it names the tarball and labels the image, so a machine
# with an older stand-in (the engine's data root may outlive a session) builds and imports the new one.
ROOTFS_VERSION=4
ROOTFS_KEY="$SUITE-python3-v$ROOTFS_VERSION-$CA_KEY"
ROOTFS_TAR="$TOOLS/docker-slim-build/rootfs-$ROOTFS_KEY.tar"
export DOCKER_HOST="unix://$SOCK"

log() { echo "docker-engine: $*" >&2; }
die() { echo "docker-engine: error: $*" >&2; exit 1; }

answering() { timeout 10 docker info --format '{{.ServerVersion}}' >/dev/null 2>&1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

# The first Debian mirror in the apt sources (deb822 or one-line form), else deb.debian.org.
debian_mirror() {
  local m
  m=$(grep -hs '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2}' | grep -v security | head -n 1 || true)
  [ -n "$m" ] || m=$(grep -hs '^deb ' /etc/apt/sources.list 2>/dev/null | awk '{print $2}' | grep -v security | head -n 1 || true)
  echo "${m:-http://deb.debian.org/debian}"
}

# What Docker's official Debian images (debuerreotype, and its "slim" variant under python:*-slim) configure:
# apt keeps no package caches or .debs, no translations; dpkg skips documentation, man pages and locales.
# Without it, one `apt-get install` in a build adds apt's ~80 MB binary caches that the real base never has.
slim_like_docker_debian() {
  local root=$1
  as_root tee "$root/etc/apt/apt.conf.d/docker-clean" >/dev/null <<'APT'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
APT
  echo 'Acquire::Languages "none";' | as_root tee "$root/etc/apt/apt.conf.d/docker-no-languages" >/dev/null
  echo 'Acquire::GzipIndexes "true";' | as_root tee "$root/etc/apt/apt.conf.d/docker-gzip-indexes" >/dev/null
  as_root tee "$root/etc/dpkg/dpkg.cfg.d/docker" >/dev/null <<'DPKG'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/info/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/lintian/overrides/*
path-exclude /usr/share/locale/*
path-exclude /usr/share/man/*
DPKG
  as_root find "$root/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  as_root rm -rf "$root/usr/share/info/"* "$root/usr/share/linda/"* "$root/usr/share/lintian/overrides/"* \
    "$root/usr/share/locale/"* "$root/usr/share/man/"*
}

# A command inside the new root file system. The host's temp variables point at directories that do not
# exist there (a private TMPDIR made update-ca-certificates' mktemp fail), so the chroot gets its own /tmp.
in_rootfs() {
  local root=$1
  shift
  as_root env -u TMP -u TEMP TMPDIR=/tmp chroot "$root" "$@"
}

build_rootfs() {
  command -v debootstrap >/dev/null 2>&1 || [ -x /usr/sbin/debootstrap ] || die "debootstrap is not installed (.ci/install-tools.sh installs it)"
  local root
  root=$(mktemp -d /tmp/pyprod-rootfs.XXXXXX)
  chmod 755 "$root" # it becomes the image's /: mktemp's 0700 would lock every non-root user out
  log "debootstrap $SUITE into $root (about a minute)"
  as_root debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates,passwd \
    "$SUITE" "$root" "$(debian_mirror)" >"$root.log" 2>&1 || { tail -n 20 "$root.log" >&2; die "debootstrap failed"; }
  if [ "${#LOCAL_CAS[@]}" -gt 0 ]; then
    log "adding this machine's local CAs: ${LOCAL_CAS[*]}"
    as_root cp "${LOCAL_CAS[@]}" "$root/usr/local/share/ca-certificates/"
    in_rootfs "$root" update-ca-certificates >/dev/null
  fi
  # Python's headers, unpacked rather than installed: the package would pull libc6-dev and zlib1g-dev, which
  # the official slim image does not have. Its static library goes, as in the official image's Dockerfile.
  in_rootfs "$root" sh -c 'cd /tmp && apt-get download libpython3.11-dev && dpkg-deb -x libpython3.11-dev_*.deb / && rm -f libpython3.11-dev_*.deb' \
    >>"$root.log" 2>&1 || { tail -n 20 "$root.log" >&2; die "unpacking Python's headers failed"; }
  as_root find "$root/usr/lib" -name 'libpython*.a' -delete
  slim_like_docker_debian "$root"
  as_root rm -rf "$root/var/lib/apt/lists/"* "$root/var/cache/apt/"*
  mkdir -p "$(dirname "$ROOTFS_TAR")"
  as_root tar -C "$root" -cf "$ROOTFS_TAR.tmp" .
  mv "$ROOTFS_TAR.tmp" "$ROOTFS_TAR"
  as_root rm -rf "$root" "$root.log"
}

ensure_base() {
  local have
  have=$(docker image inspect --format '{{index .Config.Labels "pyprod.rootfs"}}' "$BASE_IMAGE" 2>/dev/null || true)
  if [ "$have" = "$ROOTFS_KEY" ]; then return 0; fi
  [ -s "$ROOTFS_TAR" ] || build_rootfs
  log "importing $BASE_IMAGE from $ROOTFS_TAR"
  docker import -c "LABEL pyprod.rootfs=$ROOTFS_KEY" \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8' \
    -c 'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt PIP_CERT=/etc/ssl/certs/ca-certificates.crt' \
    -c 'CMD ["python3"]' "$ROOTFS_TAR" "$BASE_IMAGE" >/dev/null
}

# The TMPDIR the running engine was started with, when it names a directory that is gone. The engine
# outlives the run that started it, and runc writes each `docker exec`'s process spec under TMPDIR: an
# engine started from a run with a private TMPDIR (scripts/fresh-machine.sh, a test harness) fails every
# exec once that run has removed it ("OCI runtime exec failed: open $TMPDIR/runc-process...").
stale_tmpdir() {
  [ -s "$PIDFILE" ] || return 1
  local pid dir
  pid=$(cat "$PIDFILE")
  # Only the engine itself: a pid file left by a crash may name a pid since given to another process.
  [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = dockerd ] || return 1
  dir=$(as_root cat "/proc/$pid/environ" 2>/dev/null | tr '\0' '\n' | sed -n 's/^TMPDIR=//p' | head -n 1)
  [ -n "$dir" ] && [ ! -d "$dir" ] && echo "$dir"
}

start() {
  local gone
  if gone=$(stale_tmpdir); then
    log "the running engine's TMPDIR ($gone) is gone, so docker exec would fail: restarting it"
    stop
  fi
  if ! answering; then
    local dockerd
    dockerd=$(command -v dockerd 2>/dev/null || echo /usr/sbin/dockerd)
    [ -x "$dockerd" ] || die "dockerd is not installed (.ci/install-tools.sh installs Debian's docker.io)"
    log "starting $dockerd on $SOCK (vfs, no iptables, no bridge; log: $LOGFILE)"
    # A TMPDIR of its own, which lives as long as it does (see stale_tmpdir).
    as_root mkdir -p "$ENGINE_TMP"
    as_root env TMPDIR="$ENGINE_TMP" setsid "$dockerd" --storage-driver=vfs --iptables=false --ip6tables=false \
      --bridge=none -H "unix://$SOCK" --data-root "$DATA" --exec-root "$EXEC" --pidfile "$PIDFILE" \
      >"$LOGFILE" 2>&1 </dev/null &
    local i
    for i in $(seq 1 60); do
      answering && break
      sleep 1
    done
    answering || { tail -n 20 "$LOGFILE" >&2; die "dockerd did not answer on $SOCK within 60 s"; }
  fi
  ensure_base
  echo "docker $(docker info --format '{{.ServerVersion}}') $SOCK (base image $BASE_IMAGE)"
}

stop() {
  if [ -s "$PIDFILE" ]; then
    local pid
    pid=$(cat "$PIDFILE")
    log "stopping dockerd (pid $pid)"
    as_root kill "$pid" 2>/dev/null || true
    local i
    for i in $(seq 1 30); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 1
    done
  else
    log "no pid file at $PIDFILE: nothing started by this script is running"
  fi
}

status() {
  if answering; then echo "running $(docker info --format '{{.ServerVersion}}') $SOCK"; else echo stopped; return 1; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) die "usage: $0 start|stop|status" ;;
esac
