# shellcheck shell=bash
# docker-slim-build: a Docker engine (Debian's docker.io, 20.10 on Debian 12; no buildx) and debootstrap,
# which scripts/docker-engine.sh uses to build the stand-in base image local/python:3.11-slim-bookworm
# (Docker Hub is unreachable from the test machines). Sourced by .ci/install-tools.sh with DIR, log, die
# and need defined. Idempotent: apt-get runs only when dockerd or debootstrap is missing.
dsb_missing=()
command -v dockerd >/dev/null 2>&1 || [ -x /usr/sbin/dockerd ] || dsb_missing+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || [ -x /usr/sbin/debootstrap ] || dsb_missing+=(debootstrap)
if [ "${#dsb_missing[@]}" -gt 0 ]; then
  need apt-get "${dsb_missing[*]}"
  dsb_sudo=()
  if [ "$(id -u)" != 0 ]; then
    need sudo "${dsb_missing[*]} (apt-get as a non-root user)"
    dsb_sudo=(sudo -n)
  fi
  log "installing ${dsb_missing[*]} with apt-get"
  "${dsb_sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 || die "apt-get update failed"
  "${dsb_sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${dsb_missing[@]}" >&2 || die "apt-get install ${dsb_missing[*]} failed"
fi
dsb_dockerd="$(command -v dockerd 2>/dev/null || echo /usr/sbin/dockerd)"
[ -x "$dsb_dockerd" ] || die "dockerd is not installed after apt-get install docker.io"
dsb_debootstrap="$(command -v debootstrap 2>/dev/null || echo /usr/sbin/debootstrap)"
[ -x "$dsb_debootstrap" ] || die "debootstrap is not installed after apt-get install debootstrap"
# `dockerd --version` prints "Docker version 20.10.24+dfsg1, build 5d6db84".
echo "dockerd $("$dsb_dockerd" --version | sed -n 's/^Docker version \([^,]*\),.*/\1/p') $dsb_dockerd"
echo "debootstrap $(dpkg-query -W -f '${Version}' debootstrap 2>/dev/null || echo unknown) $dsb_debootstrap"
# buildx (BuildKit through the engine's docker driver; Debian's docker.io has no buildx), built from the Go
# module proxy into $DIR/docker-cli-plugins/docker-buildx. Tests opt in with DOCKER_CONFIG pointing at a
# directory whose cli-plugins/ holds it (test/support/docker.ts), so both builders are exercised.
DSB_BUILDX_VERSION=v0.19.3
dsb_buildx="$DIR/docker-cli-plugins/docker-buildx"
if [ "$(go version -m "$dsb_buildx" 2>/dev/null | awk '$1 == "mod" && $2 == "github.com/docker/buildx" { print $3 }')" != "$DSB_BUILDX_VERSION" ]; then
  need go "buildx"
  log "building buildx $DSB_BUILDX_VERSION with go install (first run takes several minutes)"
  mkdir -p "$DIR/docker-cli-plugins"
  GOBIN="$DIR/docker-cli-plugins" go install \
    "-ldflags=-X github.com/docker/buildx/version.Version=$DSB_BUILDX_VERSION" \
    "github.com/docker/buildx/cmd/buildx@$DSB_BUILDX_VERSION" >&2 || die "go install buildx failed"
  mv "$DIR/docker-cli-plugins/buildx" "$dsb_buildx"
fi
echo "buildx $DSB_BUILDX_VERSION $dsb_buildx"
