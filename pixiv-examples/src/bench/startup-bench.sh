#!/usr/bin/env bash
# The three performance targets of the README (Benchmarks › Start-up), from one run: whole-process times
# of the `pixiv` launcher against the fake pixiv on loopback with the Python peer measured in the same
# run (and a Java peer, SearchPeer.java, for what the JVM itself costs), then typed decoding against
# readTree (DecodeRatio: CPU time over alternating passes, so the load of the machine barely moves it).
# Prints two Markdown tables (medians of RUNS runs; peak RSS) and the peers' ratios.
# Usage: startup-bench.sh [RUNS]   (after `mvn -q -B package -DskipTests`; the captures in ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
target=$repo/pixiv-examples/target
runs=${1:-10}
pixiv=$target/pixiv
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -jar "$target/pixiv.jar" demo-server --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
url=http://127.0.0.1:$port/
for _ in $(seq 100); do curl -sf "${url}ajax/illust/5" >/dev/null && break; sleep 0.1; done

# measure NAME CMD...: RUNS runs (after one warm-up), median wall, median CPU (user+sys), max RSS;
# also left in $wall and $rss for the targets table.
measure() {
  local name=$1; shift
  "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  local lines; lines=$("$@" 2>/dev/null | wc -l)
  local log; log=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -a -o "$log" "$@" >/dev/null 2>&1
  done
  local mid=$(( (runs + 1) / 2 ))
  local cpu
  wall=$(awk '{print $1}' "$log" | sort -n | sed -n "${mid}p")
  cpu=$(awk '{printf "%.2f\n", $2 + $3}' "$log" | sort -n | sed -n "${mid}p")
  rss=$(awk '$4 > m {m = $4} END {printf "%.0f", m / 1024}' "$log")
  rm -f "$log"
  printf '| %s | %d | %s s | %s s | %s MB |\n' "$name" "$lines" "$wall" "$cpu" "$rss"
}

echo "| run ($runs runs each) | lines out | median wall | median CPU | peak RSS |"
echo "|---|---|---|---|---|"
measure "pixiv illust info 5 (launcher)" "$pixiv" --base-url "$url" illust info 5
info=$wall
measure "pixiv illust info 5 (plain java -jar)" java -jar "$target/pixiv.jar" --base-url "$url" illust info 5
measure "pixiv search artworks 原神, 80 pages (launcher)" "$pixiv" --base-url "$url" --rate 0 --format jsonl search artworks 原神 --limit 0
pages=$wall
pagesRss=$rss
measure "Python peer, 80 pages" python3 "$here/search_peer.py" "$url" 原神 80
peer=$wall

# The Java peer, started with the launcher's settings and a class-data archive of its own.
work=$(mktemp -d)
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
javac -d "$work/classes" -cp "$target/pixiv.jar" "$here/SearchPeer.java"
jar cf "$work/peer.jar" -C "$work/classes" .
jopts="-XX:+UseSerialGC -XX:-UsePerfData -Xms16m -XX:TieredStopAtLevel=1"
[ "$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 99)" -le 2 ] && jopts="$jopts -XX:CICompilerCount=1"
# shellcheck disable=SC2086 # jopts is a word list
java $jopts -XX:ArchiveClassesAtExit="$work/peer.jsa" -cp "$work/peer.jar:$target/pixiv.jar" SearchPeer "$url" 原神 80 >/dev/null 2>&1
# shellcheck disable=SC2086
measure "Java peer (JDK HTTP client + readTree), 80 pages" java $jopts -XX:SharedArchiveFile="$work/peer.jsa" -Xlog:cds=off \
  -cp "$work/peer.jar:$target/pixiv.jar" SearchPeer "$url" 原神 80
javaPeer=$wall

# DecodeRatio runs from pixiv-core's test classes (compiled by `package`) with the shaded jar's libraries.
decode=$(cd "$repo" && java -cp "$repo/pixiv-core/target/test-classes:$target/pixiv.jar" \
  io.github.pixivajax.core.bench.DecodeRatio 40 | sed -n 's/.*overall \([0-9.]*\)×.*/\1/p')

verdict() { if awk "BEGIN {exit !($1)}"; then echo met; else echo missed; fi; }
ratio=$(awk "BEGIN {printf \"%.2f\", $pages / $peer}")
echo
echo "| target | measured | |"
echo "|---|---|---|"
echo "| \`illust info\` median wall ≤ 0.4 s | $info s | $(verdict "$info <= 0.4") |"
echo "| 80 pages ≤ 1.0× the Python peer | ${ratio}× ($pages s / $peer s) | $(verdict "$ratio <= 1.0") |"
echo "| 80 pages peak RSS ≤ 120 MB | $pagesRss MB | $(verdict "$pagesRss <= 120") |"
echo "| typed decode ≥ 1.0× readTree (DecodeRatio, 40 passes) | ${decode}× | $(verdict "$decode >= 1.0") |"
echo
echo "Not a target: the Java peer takes $(awk "BEGIN {printf \"%.2f\", $javaPeer / $peer}")× the Python peer's time, the CLI $(awk "BEGIN {printf \"%.2f\", $pages / $javaPeer}")× the Java peer's."
