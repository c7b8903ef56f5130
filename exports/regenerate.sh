#!/usr/bin/env bash
# Regenerates exports/ from graph/reformgraph.snapshot, then checks the files with
# ../shared/tools when they are there. Run from anywhere: exports/regenerate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -q --product reformgraph
rg="$(swift build --show-bin-path)/reformgraph"
"$rg" export --graph graph --format graphml --out exports/reformgraph.graphml
"$rg" export --graph graph --format dot --out exports/reformgraph.dot
if command -v dot >/dev/null 2>&1; then
  "$rg" export --graph graph --query 'lineage CCG' --render svg --out exports/lineage-ccg.svg
else
  echo "regenerate: Graphviz not installed; exports/lineage-ccg.svg left as it was" >&2
fi
if [ -x ../shared/tools/check-graphml ]; then
  ../shared/tools/check-graphml -q exports/reformgraph.graphml
  ../shared/tools/check-dot -q exports/reformgraph.dot
fi
