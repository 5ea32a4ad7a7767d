# shellcheck shell=bash
# The linters of our own workflow and action files (issue 10): actionlint (built with `go install`, from
# the Go module proxy) and zizmor (a PyPI wheel, installed with uv into its own tool directory).
# Sourced by .ci/install-tools.sh with DIR, log, die, need and go_tool defined. Idempotent.
ACTIONLINT_VERSION=v1.7.12
ZIZMOR_VERSION=1.32.0

go_tool actionlint github.com/rhysd/actionlint github.com/rhysd/actionlint/cmd/actionlint "$ACTIONLINT_VERSION" \
  "-X=github.com/rhysd/actionlint.version=${ACTIONLINT_VERSION}"
echo "actionlint $("$DIR/bin/actionlint" -version | head -n 1) $DIR/bin/actionlint"

if [ "$("$DIR/bin/zizmor" --version 2>/dev/null | awk '{print $2}')" != "$ZIZMOR_VERSION" ]; then
  log "installing zizmor $ZIZMOR_VERSION from PyPI with uv"
  UV_TOOL_DIR="$DIR/uv-tools" UV_TOOL_BIN_DIR="$DIR/bin" "$DIR/bin/uv" tool install --force --quiet \
    "zizmor==$ZIZMOR_VERSION" >&2 || die "uv tool install zizmor==$ZIZMOR_VERSION failed"
fi
echo "zizmor $("$DIR/bin/zizmor" --version | awk '{print $2}') $DIR/bin/zizmor"
