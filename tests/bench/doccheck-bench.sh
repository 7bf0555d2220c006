#!/bin/sh
# Times `portaldesk-cli gazette doc check --file` on the longest real codes
# of tests/data/legal (Luật Tố tụng hành chính 2015, 372 Điều; Bộ luật Hàng
# hải 2015, 341 Điều; Luật Thương mại 2005, 324 Điều) and on the first two
# one after the other (713 Điều, a long consolidated issue's worth), against
# the floor of starting the same program (`portaldesk-cli --version`). The
# goal: under 0.5 s for a 400-Điều code, start included. Medians of RUNS
# (default 7). Run it in the build environment from the checkout root:
#   packaging/devenv exec tests/bench/doccheck-bench.sh [RUNS]
set -eu
runs=${1:-7}
cli=${PORTALDESK_CLI:-build/bin/portaldesk-cli}
dir=tests/data/legal/luat
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat "$dir/93-2015-qh13-2015-luat-to-tung-hanh-chinh-2015-298372.txt" \
    "$dir/95-2015-qh13-2015-bo-luat-hang-hai-viet-nam-2015-298374.txt" > "$work/two-codes.txt"

# median of RUNS wall times in ms of the command given
median() {
    i=0
    : > "$work/times"
    while [ "$i" -lt "$runs" ]; do
        start=$(date +%s%N)
        "$@" > /dev/null || [ $? -eq 7 ]  # 7: structure problems found, still a full check
        end=$(date +%s%N)
        echo $(( (end - start) / 1000000 )) >> "$work/times"
        i=$((i + 1))
    done
    sort -n "$work/times" | awk '{ a[NR] = $1 } END { printf "%d ms (min %d, max %d)", a[int((NR + 1) / 2)], a[1], a[NR] }'
}

printf '%-48s %s\n' "start only (portaldesk-cli --version)" "$(median "$cli" --version)"
for f in "$dir/93-2015-qh13-2015-luat-to-tung-hanh-chinh-2015-298372.txt" \
         "$dir/95-2015-qh13-2015-bo-luat-hang-hai-viet-nam-2015-298374.txt" \
         "$dir/36-2005-qh11-2005-luat-thuong-mai-2005-36-2005-qh11-2633.txt" \
         "$work/two-codes.txt"; do
    articles=$(grep -c '^Điều [0-9]' "$f")
    printf '%-48s %s\n' "doc check $(basename "$f" | cut -c1-28) ($articles Điều)" "$(median "$cli" gazette doc check --file "$f")"
done
