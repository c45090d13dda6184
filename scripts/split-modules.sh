#!/usr/bin/env bash
# Splits the single-module build into Maven modules along the pipeline (scripts/modules.tsv; docs/modules.md).
# Run once on a clean checkout of the integration branch after every other branch is merged; it stages the result
# and commits nothing. It refuses, changing nothing, when the tree is already split, has uncommitted changes, or
# holds a package, resource or pom dependency that scripts/modules.tsv does not map.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec python3 "$here/split_modules.py" "$@"
