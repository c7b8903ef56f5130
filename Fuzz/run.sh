#!/bin/sh
# Builds one libFuzzer target and runs it for a number of seconds.
#   Fuzz/run.sh TARGET SECONDS      TARGET: FuzzHTML, FuzzSentences, FuzzShell or FuzzGraphML
# The working corpus grows in Fuzz/corpus/TARGET (not committed), seeded from
# Fuzz/seeds/TARGET; crashes are written to Fuzz/artifacts/TARGET/. Leak detection is off:
# LeakSanitizer reports Swift objects reachable only through enum payloads with tag bits
# set as leaked (false positives); memory growth is caught by -rss_limit_mb instead.
set -eu
cd "$(dirname "$0")"
target=${1:?usage: run.sh TARGET SECONDS (FuzzHTML, FuzzSentences, FuzzShell, FuzzGraphML)}
seconds=${2:-60}
case $target in FuzzHTML|FuzzSentences|FuzzShell|FuzzGraphML) ;; *) echo "unknown target $target" >&2; exit 2;; esac
# -sanitize=fuzzer adds libFuzzer and coverage instrumentation to every module (the main
# package's too); lld links it (gold fails on the instrumented objects).
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --product "$target"
mkdir -p "corpus/$target" "artifacts/$target"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
exec ".build/release/$target" "corpus/$target" "seeds/$target" \
    -max_total_time="$seconds" -max_len=65536 -timeout=30 -rss_limit_mb=4096 \
    -artifact_prefix="artifacts/$target/" -print_final_stats=1 -detect_leaks=0
