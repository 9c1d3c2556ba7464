#!/usr/bin/env bash
# Whole-process start-up benchmark of the `pixiv` launcher against the fake pixiv on loopback,
# with the Python peer measured in the same run. Prints a Markdown table (median wall time, CPU,
# peak RSS over RUNS runs). Usage: startup-bench.sh [RUNS]   (after `mvn -q -B package -DskipTests`)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=$here/../../target
runs=${1:-10}
pixiv=$target/pixiv
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -jar "$target/pixiv.jar" demo-server --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
url=http://127.0.0.1:$port/
for _ in $(seq 100); do curl -sf "${url}ajax/illust/5" >/dev/null && break; sleep 0.1; done

# measure NAME CMD...: RUNS runs (after one warm-up), median wall, median CPU (user+sys), max RSS.
measure() {
  local name=$1; shift
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  local lines; lines=$("$@" 2>/dev/null | wc -l)
  local log; log=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -a -o "$log" "$@" >/dev/null 2>&1
  done
  local mid=$(( (runs + 1) / 2 ))
  local wall cpu rss
  wall=$(awk '{print $1}' "$log" | sort -n | sed -n "${mid}p")
  cpu=$(awk '{printf "%.2f\n", $2 + $3}' "$log" | sort -n | sed -n "${mid}p")
  rss=$(awk '$4 > m {m = $4} END {printf "%.0f", m / 1024}' "$log")
  rm -f "$log"
  printf '| %s | %d | %s s | %s s | %s MB |\n' "$name" "$lines" "$wall" "$cpu" "$rss"
}

echo "| run ($runs runs each) | lines out | median wall | median CPU | peak RSS |"
echo "|---|---|---|---|---|"
measure "pixiv illust info 5 (launcher)" "$pixiv" --base-url "$url" illust info 5
measure "pixiv illust info 5 (plain java -jar)" java -jar "$target/pixiv.jar" --base-url "$url" illust info 5
measure "pixiv search artworks 原神, 80 pages (launcher)" "$pixiv" --base-url "$url" --rate 0 --format jsonl search artworks 原神 --limit 0
measure "Python peer, 80 pages" python3 "$here/search_peer.py" "$url" 原神 80
