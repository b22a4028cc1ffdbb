#!/usr/bin/env bash
# Every test of the project, in the order that gives the quickest useful failure.
# Runs on the Node 24 that `npm install` put in node_modules/.bin (npm scripts put it first on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "lockfile unchanged by npm install"
if git rev-parse --git-dir >/dev/null 2>&1 && git ls-files --error-unmatch package-lock.json >/dev/null 2>&1; then
  if ! git diff --quiet -- package-lock.json; then
    git --no-pager diff --stat -- package-lock.json
    echo "package-lock.json changed during install: commit the lockfile that npm install produces." >&2
    exit 1
  fi
fi

step "Node version"
node -e 'const [M,m]=process.versions.node.split(".").map(Number); if (M<22||(M===22&&m<12)) { console.error("Node "+process.versions.node+" is too old; run through npm (npm test) so node_modules/.bin/node (24) is used"); process.exit(1) } console.log("node", process.versions.node)'

step "content schemas"
node scripts/validate-content.ts

step "content check (traceability and leftovers)"
node scripts/check-content.ts

step "types (astro check)"
npx astro check --minimumSeverity error

step "unit tests"
npx vitest run

step "build"
npx astro build

step "browser tests (Debian chromium + playwright-core, served by nginx)"
node scripts/ensure-browser-deps.ts
npx vitest run --config vitest.browser.config.ts
