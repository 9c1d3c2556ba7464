#!/usr/bin/env bash
# The three performance targets of the README (Benchmarks › Start-up), from one run: whole-process times
# of the `pixiv` launcher against the fake pixiv on loopback with the Python peer measured in the same
# run (and a Java peer, SearchPeer.java, for what the JVM itself costs), then typed decoding against
# readTree (DecodeRatio: CPU time over alternating passes, so the load of the machine barely moves it).
# The cases run round-robin, one run of each in turn, so that a machine whose speed drifts during the
# run (seen here: ~30 % within minutes) moves them all alike and their ratios hold.
# Prints two Markdown tables (medians of RUNS runs; peak RSS) and the peers' ratios.
# Usage: startup-bench.sh [RUNS]   (after `mvn -q -B package -DskipTests`; the captures in ../shared)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../.." && pwd)
target=$repo/pixiv-examples/target
runs=${1:-10}
pixiv=$target/pixiv
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -jar "$target/pixiv.jar" demo-server --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$work"' EXIT
url=http://127.0.0.1:$port/
for _ in $(seq 100); do curl -sf "${url}ajax/illust/5" >/dev/null && break; sleep 0.1; done

# The Java peer, started with the launcher's own settings for a short command (read off the launcher
# through a stand-in java that prints its arguments) and a class-data archive of its own.
javac -d "$work/classes" -cp "$target/pixiv.jar" "$here/SearchPeer.java"
jar cf "$work/peer.jar" -C "$work/classes" .
cat > "$work/args" <<'SH'
#!/bin/sh
printf '%s\n' "$@"
SH
chmod +x "$work/args"
jopts=$(JAVA="$work/args" JAVA_OPTS='' "$pixiv" illust info 5 | sed '/^-jar$/,$d' | tr '\n' ' ')
# shellcheck disable=SC2086 # jopts is a word list
java $jopts -XX:ArchiveClassesAtExit="$work/peer.jsa" -cp "$work/peer.jar:$target/pixiv.jar" SearchPeer "$url" 原神 80 >/dev/null 2>&1

# The cases: a name and a command each.
names=(
  "pixiv illust info 5 (launcher)"
  "pixiv illust info 5 (plain java -jar)"
  "pixiv search artworks 原神, 80 pages (launcher)"
  "Python peer, 80 pages"
  "Java peer (JDK HTTP client + readTree), 80 pages"
)
case0=("$pixiv" --base-url "$url" illust info 5)
case1=(java -jar "$target/pixiv.jar" --base-url "$url" illust info 5)
case2=("$pixiv" --base-url "$url" --rate 0 --format jsonl search artworks 原神 --limit 0)
case3=(python3 "$here/search_peer.py" "$url" 原神 80)
# shellcheck disable=SC2206 # jopts is a word list
case4=(java $jopts -XX:SharedArchiveFile="$work/peer.jsa" -Xlog:cds=off -cp "$work/peer.jar:$target/pixiv.jar" SearchPeer "$url" 原神 80)

# One warm-up run of each (and its line count), then RUNS rounds.
for i in "${!names[@]}"; do
  declare -n cmd="case$i"
  "${cmd[@]}" >/dev/null 2>&1 || { echo "failed: ${cmd[*]}" >&2; exit 1; }
  "${cmd[@]}" 2>/dev/null | wc -l > "$work/lines$i"
  unset -n cmd
done
for _ in $(seq "$runs"); do
  for i in "${!names[@]}"; do
    declare -n cmd="case$i"
    /usr/bin/time -f '%e %U %S %M' -a -o "$work/log$i" "${cmd[@]}" >/dev/null 2>&1
    unset -n cmd
  done
done

# Median wall, median CPU (user+sys), peak RSS of case I; left in $wall and $rss as well.
mid=$(( (runs + 1) / 2 ))
report() {
  local i=$1 cpu
  wall=$(awk '{print $1}' "$work/log$i" | sort -n | sed -n "${mid}p")
  cpu=$(awk '{printf "%.2f\n", $2 + $3}' "$work/log$i" | sort -n | sed -n "${mid}p")
  rss=$(awk '$4 > m {m = $4} END {printf "%.0f", m / 1024}' "$work/log$i")
  printf '| %s | %d | %s s | %s s | %s MB |\n' "${names[$i]}" "$(cat "$work/lines$i")" "$wall" "$cpu" "$rss"
}

echo "| run ($runs runs each, round-robin) | lines out | median wall | median CPU | peak RSS |"
echo "|---|---|---|---|---|"
report 0
info=$wall
report 1
report 2
pages=$wall
pagesRss=$rss
report 3
peer=$wall
report 4
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
