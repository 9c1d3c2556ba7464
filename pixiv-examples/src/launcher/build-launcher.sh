#!/bin/sh
# Run by `mvn package` (exec-maven-plugin) after the shaded jar exists: installs the launcher
# beside pixiv.jar and trains its class-data archive on the embedded fake pixiv. Start-up
# settings are an optimisation only: when the archive cannot be made, the launcher runs without.
set -u
src=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd -P)
target=$1
java=$2
target=$(CDPATH= cd -- "$target" && pwd -P)
cp "$src/pixiv" "$target/pixiv" && chmod 755 "$target/pixiv"
rm -f "$target/pixiv.jsa" "$target/pixiv.aot" "$target/pixiv.jvm" "$target/pixiv.aotconf"
bin=$(readlink -f "$java") || exit 0
home=${bin%/bin/java}
[ -f "$home/release" ] || exit 0
feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
train="io.github.pixivajax.examples.CdsTraining"
if [ "${feature:-0}" -ge 25 ] 2>/dev/null; then
  # JDK 25+: one training run writes the AOT cache (JEP 514).
  "$java" -XX:AOTCacheOutput="$target/pixiv.aot" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -cp "$target/pixiv.jar" $train >/dev/null 2>&1 || rm -f "$target/pixiv.aot"
  ok=$([ -f "$target/pixiv.aot" ] && echo yes)
else
  "$java" -XX:ArchiveClassesAtExit="$target/pixiv.jsa" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -cp "$target/pixiv.jar" $train >/dev/null 2>&1 || rm -f "$target/pixiv.jsa"
  ok=$([ -f "$target/pixiv.jsa" ] && echo yes)
fi
[ "${ok:-}" = yes ] && echo "$(cksum < "$home/release") $home" > "$target/pixiv.jvm"
exit 0
