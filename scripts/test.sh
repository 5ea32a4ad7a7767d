#!/usr/bin/env bash
# The README's test command: installs everything the tests need and runs them, on a machine that has only
# npm, go (1.24+), python3 with pip and git.
#   bash scripts/test.sh [vitest arguments]       e.g. bash scripts/test.sh test/unit/core
#
# 1. the test tools at the versions in .ci/versions.env (.ci/install-tools.sh: Node 24, act, gitleaks, uv,
#    actionlint, zizmor, h2load, a Docker engine) into ${PYPROD_TOOLS_DIR:-$HOME/.cache/pyprod-ci};
# 2. the private Docker engine docker-slim-build's tests build on (scripts/docker-engine.sh);
# 3. the Node dependencies, exactly as package-lock.json has them (npm ci);
# 4. vitest, with Node 24 and the tools first on PATH.
# `bash .ci/run` does the same and more (dist/ check, lint, typecheck) with a private HOME and TMPDIR.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYPROD_TOOLS_DIR="${PYPROD_TOOLS_DIR:-$HOME/.cache/pyprod-ci}"

bash .ci/install-tools.sh
export PATH="$PYPROD_TOOLS_DIR/node24/node_modules/node/bin:$PYPROD_TOOLS_DIR/bin:$PATH"
if ! bash scripts/docker-engine.sh start; then
  # Without it the image tests fail in CI (CI=true) and are skipped, with the reason, elsewhere.
  echo "test.sh: no Docker engine could be started (scripts/docker-engine.sh start needs root)" >&2
fi
npm ci --no-audit --no-fund
exec npm test -- "$@"
