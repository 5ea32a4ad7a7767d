#!/usr/bin/env bash
# Rebuilds bundles from the committed HEAD (not the working tree) and copies them into dist/, so that
# uncommitted edits never leak into a committed bundle: bash scripts/bundle-head.sh [name ...]
set -euo pipefail
root="$(git rev-parse --show-toplevel)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git -C "$root" archive HEAD | tar -x -C "$tmp"
cp -a "$root/node_modules" "$tmp/node_modules"  # a symlink changes module ids, and so the chunk names
(cd "$tmp" && node scripts/bundle.mjs "$@")
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  rm -rf "$root/dist" && cp -a "$tmp/dist" "$root/dist"
else
  for n in "${names[@]}"; do rm -rf "$root/dist/$n" && cp -a "$tmp/dist/$n" "$root/dist/$n"; done
fi
