# shellcheck shell=bash
# pre-commit (PyPI), for the test that runs our .pre-commit-hooks.yaml the way a user's repository does.
# Sourced by .ci/install-tools.sh with DIR, log, die and need defined. Idempotent.
PRE_COMMIT_VERSION=4.7.0
if [ "$("$DIR/bin/pre-commit" --version 2>/dev/null | awk '{print $2}')" != "$PRE_COMMIT_VERSION" ]; then
  log "installing pre-commit $PRE_COMMIT_VERSION from PyPI with uv"
  UV_TOOL_DIR="$DIR/uv-tools" UV_TOOL_BIN_DIR="$DIR/bin" "$DIR/bin/uv" tool install --force --quiet \
    "pre-commit==$PRE_COMMIT_VERSION" >&2 || die "uv tool install pre-commit==$PRE_COMMIT_VERSION failed"
fi
echo "pre-commit $("$DIR/bin/pre-commit" --version | awk '{print $2}') $DIR/bin/pre-commit"
