# shellcheck shell=bash
# load-benchmark: h2load 1.70 (the format with median/p95/p99 columns and --output-file JSON), built from
# Debian sid's nghttp2 source into $DIR/h2load-1.70/bin/h2load for the parser's integration test. It is
# NOT put on PATH: Debian 12's h2load 1.52 (load-benchmark.sh) stays the default `h2load`.
# Sourced by .ci/install-tools.sh with DIR, log, die and need defined. Idempotent: nothing is built when
# the binary is there and reports 1.70.0. A first build takes a few minutes (make -j2, niced).
#
# 1.70's sources need C++23's <print>, which Debian 12's g++ 12 lacks: when the default compiler cannot
# include it, clang-19 with libc++ (both in bookworm) is used. libnghttp2 is linked statically, so the
# binary does not pick up the system's libnghttp2-14 (1.52).
H2LOAD_NEW_VERSION=1.70.0
H2LOAD_NEW_TARBALL="nghttp2_${H2LOAD_NEW_VERSION}.orig.tar.gz"
# From Checksums-Sha256 of nghttp2 1.70.0-1 in http://deb.debian.org/debian/dists/sid/main/source/Sources.xz.
H2LOAD_NEW_SHA256=aa317e2cf9dca6afa0aed68f8fad6ff303ec6982e25a78c75c0b65e2b9b3ded5
H2LOAD_NEW_URL="${H2LOAD_NEW_MIRROR:-http://deb.debian.org/debian}/pool/main/n/nghttp2/$H2LOAD_NEW_TARBALL"

h2n_home="$DIR/h2load-1.70"
h2n_bin="$h2n_home/bin/h2load"
h2n_version() { "$1" --version 2>/dev/null | sed -n 's|.*nghttp2/\([0-9][0-9.]*\).*|\1|p' | head -n 1; }

h2n_apt_install() { # h2n_apt_install <package>...: installs the ones not installed yet
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  need apt-get "the h2load $H2LOAD_NEW_VERSION build dependencies (${missing[*]})"
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    need sudo "the h2load $H2LOAD_NEW_VERSION build dependencies (apt-get as a non-root user)"
    sudo=(sudo -n)
  fi
  log "installing ${missing[*]} with apt-get"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2 \
    || { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2 \
      && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
        "${missing[@]}" >&2; } \
    || die "apt-get install ${missing[*]} failed"
}

h2n_has_print() { # h2n_has_print <c++ compiler and flags...>: can it compile std::println?
  printf '#include <print>\nint main() { std::println("{}", 1); }\n' \
    | "$@" -std=c++23 -x c++ -fsyntax-only - >/dev/null 2>&1
}

h2n_build() {
  h2n_apt_install curl ca-certificates make pkg-config libev-dev libssl-dev zlib1g-dev libc-ares-dev
  local cxx=(g++) cc=gcc
  if ! h2n_has_print "${cxx[@]}"; then
    h2n_apt_install clang-19 libc++-19-dev libc++abi-19-dev
    cxx=(clang++-19 -stdlib=libc++) cc=clang-19
    h2n_has_print "${cxx[@]}" || die "neither g++ nor clang++-19 with libc++ can compile C++23 <print>"
  fi
  local work="$h2n_home/build"
  rm -rf "$work"
  mkdir -p "$work" || die "cannot create $work"
  log "downloading $H2LOAD_NEW_URL"
  curl -fsSL --retry 3 -o "$work/$H2LOAD_NEW_TARBALL" "$H2LOAD_NEW_URL" || die "downloading $H2LOAD_NEW_URL failed"
  local got
  got="$(sha256sum "$work/$H2LOAD_NEW_TARBALL" | awk '{print $1}')"
  [ "$got" = "$H2LOAD_NEW_SHA256" ] \
    || die "$H2LOAD_NEW_TARBALL has SHA-256 $got, expected $H2LOAD_NEW_SHA256 (Debian's Sources index)"
  # The archive is Debian's verified orig tarball; tar refuses absolute and '..' members by default.
  tar -xzf "$work/$H2LOAD_NEW_TARBALL" -C "$work" --no-same-owner || die "extracting $H2LOAD_NEW_TARBALL failed"
  local src="$work/nghttp2-$H2LOAD_NEW_VERSION"
  log "building h2load $H2LOAD_NEW_VERSION with ${cxx[*]} (make -j2, a few minutes)"
  (
    cd "$src" || exit 1
    nice -n 10 ./configure --enable-app --disable-shared --disable-http3 --disable-hpack-tools \
      --disable-examples --without-libxml2 --without-jemalloc --without-systemd --without-mruby \
      --without-neverbleed --without-libngtcp2 --without-libnghttp3 --without-libbpf \
      CC="$cc" CXX="${cxx[*]}" >"$work/configure.log" 2>&1 || { tail -n 30 "$work/configure.log" >&2; exit 1; }
    # Only what h2load links: libnghttp2, the bundled URL and HTTP/1 parsers, then h2load itself.
    for d in lib third-party; do
      nice -n 10 make -j2 -C "$d" >"$work/make-$d.log" 2>&1 || { tail -n 30 "$work/make-$d.log" >&2; exit 1; }
    done
    nice -n 10 make -j2 -C src h2load >"$work/make-h2load.log" 2>&1 \
      || { tail -n 30 "$work/make-h2load.log" >&2; exit 1; }
  ) || die "building h2load $H2LOAD_NEW_VERSION failed (logs in $work)"
  install -D -m 0755 "$src/src/h2load" "$h2n_bin" || die "installing $h2n_bin failed"
  rm -rf "$work"
}

if [ "$(h2n_version "$h2n_bin")" != "$H2LOAD_NEW_VERSION" ]; then
  h2n_build
  [ "$(h2n_version "$h2n_bin")" = "$H2LOAD_NEW_VERSION" ] \
    || die "$h2n_bin reports '$(h2n_version "$h2n_bin")', expected $H2LOAD_NEW_VERSION"
fi
echo "h2load-1.70 $(h2n_version "$h2n_bin") $h2n_bin"
