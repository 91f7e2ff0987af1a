#!/usr/bin/env bash
# Fails when src/generated is not what `npm run codegen` makes from schema/ (someone edited the
# SDL without regenerating, or edited generated code by hand).
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s codegen >/dev/null
if ! git diff --quiet -- src/generated || [ -n "$(git ls-files --others --exclude-standard -- src/generated)" ]; then
  echo "src/generated is stale: run 'npm run codegen' and commit the result." >&2
  git --no-pager diff --stat -- src/generated >&2
  exit 1
fi
echo "codegen output is up to date"
