#!/bin/sh
# Seeds a newsroom with N realistic articles, then times search and the
# article list against the sqlite3 shell and a LIKE scan. Run it in the
# build environment from the checkout root:
#   packaging/devenv exec tests/bench/search-bench.sh [N]      (default 1000000)
set -eu
n=${1:-1000000}
db=${BENCH_DB:-build/bench/newsroom-$n.sqlite}
mkdir -p "$(dirname "$db")"
rm -f "$db" "$db-wal" "$db-shm"
start=$(date +%s%N)
portaldesk-cli --db "$db" bench seed --articles "$n" >/dev/null
end=$(date +%s%N)
echo "seeding $n articles: $(( (end - start) / 1000000 )) ms; file $(du -h "$db" | cut -f1)"
build/tests/bench/bench_search "$db" "${BENCH_REPEATS:-5}"
