#!/usr/bin/env bash
# Lints this repository's workflow and action files: actionlint (workflows: syntax, expressions, shellcheck
# of run: scripts when shellcheck is installed) and zizmor (security: injection, pinning, permissions,
# credentials), both offline. Installed by .ci/install.d/workflow-linters.sh. Exit status: non-zero on any
# finding.   bash scripts/lint-workflows.sh [files...]   (default: every workflow and action file here)
set -uo pipefail
cd "$(dirname "$0")/.."

if [ "$#" -gt 0 ]; then
  files=("$@")
else
  files=(.github/workflows/*.yml workflow-templates/*.yml action.yml actions/*/action.yml
    .github/dependabot.yml examples/dependabot.yml .pre-commit-hooks.yaml)
fi
workflows=()
for f in "${files[@]}"; do
  case "$f" in *.github/workflows/* | *workflow-templates/*.yml) workflows+=("$f") ;; esac
done

rc=0
if [ "${#workflows[@]}" -gt 0 ]; then
  echo "actionlint ${workflows[*]}"
  actionlint -no-color "${workflows[@]}" || rc=1
fi
echo "zizmor ${files[*]}"
zizmor --offline --pedantic --no-progress --color=never "${files[@]}" || rc=1
exit "$rc"
