#!/bin/sh
# Prints a shell session for the docs: each command after a prompt, then the output of a
# real run of it on the bundled graph (or --graph DIR). Usage:
#   docs/make-shell-session.sh [path/to/reformgraph] [graph-dir]
B=${1:-.build/release/reformgraph}
G=${2:-graph}
set -- \
  "lineage Clinical Commissioning Group" \
  "lineage STP" \
  "why CCG \"Health and Social Care Act 2012\"" \
  "path \"Simon Stevens\" \"NHS England\"" \
  "find commissioning limit 5" \
  "neighbours Darzi out" \
  "top person 5" \
  "at 2015" \
  "lineag CCG" \
  "show Kings Fnd"
for cmd in "$@"; do
  echo "reformgraph> $cmd"
  "$B" query --graph "$G" "$cmd" 2>&1
  echo
done
