#!/usr/bin/env bash
# Builds the Debian packages of Budayang (docs/decisions/0021-debian-packages.md):
#   <out>/budayang-kiosk_<version>_amd64.deb    the kiosk, the technician's CLI, their jlink runtime, unit, udev, X session
#   <out>/budayang-central_<version>_amd64.deb  central, its jlink runtime, unit, PostgreSQL example
# Each package carries its own Java runtime made by jlink from this JDK (modules found by jdeps over the jars, plus
# the ones only reflection and ServiceLoader reach), and is assembled with dpkg-deb --root-owner-group (no fakeroot).
#
# Usage: build-deb.sh --kiosk-lib DIR --central-lib DIR --out DIR [--project-version V] [--only kiosk|central]
#                     [--work DIR]   (staging + cached runtimes and module lists; default OUT/deb-work)
# Environment: VERSION (Debian version; default the project version with -SNAPSHOT written ~SNAPSHOT),
#              CI=true (a missing tool is an error instead of a skip), DEB_COMPRESSION (xz|zstd|gzip|none, default zstd).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
say() { printf 'build-deb: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

KIOSK_LIB="" CENTRAL_LIB="" OUT="" WORK="" PROJECT_VERSION="" ONLY=""
while [ $# -gt 0 ]; do
  case "$1" in
    --kiosk-lib) KIOSK_LIB=$2; shift 2 ;;
    --central-lib) CENTRAL_LIB=$2; shift 2 ;;
    --out) OUT=$2; shift 2 ;;
    --project-version) PROJECT_VERSION=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    *) die "unknown argument '$1'; usage: build-deb.sh --kiosk-lib DIR --central-lib DIR --out DIR [--project-version V] [--only kiosk|central]" ;;
  esac
done
[ -n "$OUT" ] || die "--out DIR is required (where the .deb files go)"
case "$ONLY" in ""|kiosk|central) ;; *) die "--only '$ONLY' is not accepted; expected kiosk or central" ;; esac

# --- tools: jlink/jdeps come with openjdk-17-jdk-headless, dpkg-deb with dpkg -------------------------------------
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jlink || echo /nonexistent/bin/jlink)")")")}
missing=()
[ -x "$JAVA_HOME/bin/jlink" ] && [ -x "$JAVA_HOME/bin/jdeps" ] || missing+=("jlink/jdeps (apt-get install openjdk-17-jdk-headless)")
[ -d "$JAVA_HOME/jmods" ] || missing+=("the JDK's jmods in $JAVA_HOME/jmods (apt-get install openjdk-17-jdk-headless)")
command -v dpkg-deb >/dev/null 2>&1 || missing+=("dpkg-deb (apt-get install dpkg)")
if ((${#missing[@]})); then
  for m in "${missing[@]}"; do say "missing: $m"; done
  if [ "${CI:-}" = "true" ]; then die "cannot build the Debian packages (CI=true: this is an error)"; fi
  say "SKIPPED: the Debian packages are not built on this machine (install the above; CI=true makes this an error)"
  exit 0
fi
JDK_RELEASE=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$JAVA_HOME/release")
case "$JDK_RELEASE" in 17|17.*) ;; *) die "the JDK at $JAVA_HOME is $JDK_RELEASE; the packages' runtime must be Java 17 (set JAVA_HOME)" ;; esac

if [ -z "${VERSION:-}" ]; then
  [ -n "$PROJECT_VERSION" ] || die "give --project-version or VERSION"
  VERSION=${PROJECT_VERSION/-SNAPSHOT/~SNAPSHOT}
fi
[[ "$VERSION" =~ ^[0-9][A-Za-z0-9.+~-]*$ ]] || die "VERSION '$VERSION' is no Debian version (digits first, then letters, digits, . + ~ -)"
COMPRESSION=${DEB_COMPRESSION:-zstd}
case "$COMPRESSION" in xz|zstd|gzip|none) ;; *) die "DEB_COMPRESSION '$COMPRESSION' is not accepted; expected xz, zstd, gzip or none" ;; esac

mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
WORK=${WORK:-$OUT/deb-work}
mkdir -p "$WORK/runtimes" "$WORK/modules"
WORK=$(cd "$WORK" && pwd)
T0=$(date +%s.%N)

# Every jar once: two versions of one artifact in a lib folder (a stale copy from an older build) would both load.
check_lib() {
  local lib=$1 dupes
  [ -d "$lib" ] && ls "$lib"/*.jar >/dev/null 2>&1 || die "no jars in '$lib'; build them first: ./mvnw -o -pl packaging -am package -DskipTests"
  dupes=$(ls "$lib" | sed -E 's/-[0-9][^-]*(-SNAPSHOT)?(-[a-z]+)?\.jar$/\2/' | sort | uniq -d)
  [ -z "$dupes" ] || die "'$lib' holds two versions of: $dupes; delete the folder and build again"
}

# The JDK modules a jar set needs: what jdeps sees, plus what only reflection / ServiceLoader / the JVM reach.
# jdeps over the jar set, in two groups: the third-party jars (their answer kept under deb-work/modules, keyed by
# their checksums: they rarely change and take most of the time) and our own jars (analysed again whenever any jar
# of the set changed).
jdeps_of() {   # jdeps_of LIB JAR...: the modules these jars need, the whole LIB on the class path
  local lib=$1; shift
  "$JAVA_HOME/bin/jdeps" -q --print-module-deps --ignore-missing-deps --multi-release 17 --class-path "$lib/*" "$@" \
    || die "jdeps failed on $lib"
}
modules_of() {
  local lib=$1 extra=$2 key third=() ours=() j seen_third seen_ours=""
  for j in "$lib"/*.jar; do
    case "$j" in *-SNAPSHOT.jar|*"-$PROJECT_VERSION.jar") ours+=("$j") ;; *) third+=("$j") ;; esac
  done
  key=$( (cd "$lib" && for j in "${third[@]}"; do cksum "$(basename "$j")"; done; "$JAVA_HOME/bin/java" -version 2>&1) \
        | sha256sum | cut -c1-16)
  if [ -s "$WORK/modules/$key" ]; then
    seen_third=$(cat "$WORK/modules/$key")
  else
    seen_third=$(jdeps_of "$lib" "${third[@]}")
    printf '%s\n' "$seen_third" > "$WORK/modules/$key"
  fi
  if ((${#ours[@]})); then   # our jars: kept too, for a rebuild of the same jars (e.g. version N+1)
    key=$( (cd "$lib" && cksum ./*.jar) | sha256sum | cut -c1-16)
    if [ -s "$WORK/modules/ours-$key" ]; then
      seen_ours=$(cat "$WORK/modules/ours-$key")
    else
      seen_ours=$(jdeps_of "$lib" "${ours[@]}")
      printf '%s\n' "$seen_ours" > "$WORK/modules/ours-$key"
    fi
  fi
  printf '%s,%s,%s\n' "$seen_third" "$seen_ours" "$extra" | tr ',' '\n' | sed '/^$/d' | sort -u | paste -sd, -
}

# A runtime per module list, kept under deb-work/runtimes/<hash> so that a rebuild (or version N+1) reuses it.
runtime_for() {
  local modules=$1 key dir
  key=$(printf '%s|%s|%s' "$modules" "$JDK_RELEASE" "$(readlink -f "$JAVA_HOME")" | sha256sum | cut -c1-16)
  dir="$WORK/runtimes/$key"
  if [ ! -x "$dir/bin/java" ]; then
    rm -rf "$dir" "$dir.tmp"
    "$JAVA_HOME/bin/jlink" --add-modules "$modules" --output "$dir.tmp" --strip-debug --no-man-pages \
        --no-header-files --compress=2 --include-locales=en,zh >&2 || die "jlink failed for modules $modules"
    mv "$dir.tmp" "$dir"
  fi
  printf '%s\n' "$dir"
}

# Copies a template, replacing @NAME@ placeholders with the values given as NAME=value.
render() {
  local src=$1 dst=$2; shift 2
  local expr=()
  for kv in "$@"; do expr+=(-e "s|@${kv%%=*}@|${kv#*=}|g"); done
  sed "${expr[@]}" "$src" > "$dst"
}

jar_named() {   # the file name of one of our jars in a lib folder
  local lib=$1 artifact=$2 f
  f=$(cd "$lib" && ls "$artifact"-[0-9]*.jar 2>/dev/null | head -1)
  [ -n "$f" ] || die "$artifact's jar is not in $lib"
  printf '%s\n' "$f"
}

assemble() {   # assemble NAME ROOT: control fields + md5sums, then dpkg-deb
  local name=$1 root=$2 deb="$OUT/${1}_${VERSION}_amd64.deb" size
  size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
  sed -i -e "s|@VERSION@|$VERSION|g" -e "s|@SIZE@|$size|g" "$root/DEBIAN/control"
  (cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum > DEBIAN/md5sums)
  local zopts=(-Z"$COMPRESSION")
  case "$COMPRESSION" in xz|zstd) zopts+=(-z1) ;; gzip) zopts+=(-z6) ;; esac
  rm -f "$deb"
  dpkg-deb --root-owner-group "${zopts[@]}" --build "$root" "$deb" >/dev/null || die "dpkg-deb failed for $name"
  say "built $deb ($(du -h "$deb" | cut -f1))"
}

# Copies a jar folder into the package; OpenCV's jar keeps only its Linux x86-64 library (the package is amd64).
copy_lib() {
  local from=$1 to=$2 j
  mkdir -p "$to"
  for j in "$from"/*.jar; do
    case "$(basename "$j")" in
      opencv-*.jar)
        if command -v zip >/dev/null 2>&1; then
          cp "$j" "$to/"
          zip -q -d "$to/$(basename "$j")" 'nu/pattern/opencv/osx/*' 'nu/pattern/opencv/windows/*' \
              'nu/pattern/opencv/linux/ARM*' || die "could not trim $(basename "$j")"
        else
          say "zip not found: $(basename "$j") is packaged whole (all platforms); apt-get install zip trims it"
          cp "$j" "$to/"
        fi ;;
      *) cp "$j" "$to/" ;;
    esac
  done
  chmod 0644 "$to"/*.jar
}

stage_common() {   # stage_common ROOT SRC: DEBIAN scripts and the files under SRC/root
  local root=$1 src=$2
  rm -rf "$root"; mkdir -p "$root/DEBIAN"
  cp "$src/control" "$root/DEBIAN/control"
  for s in preinst postinst prerm postrm; do
    [ -f "$src/$s" ] && install -m 0755 "$src/$s" "$root/DEBIAN/$s"
  done
  [ -f "$src/conffiles" ] && install -m 0644 "$src/conffiles" "$root/DEBIAN/conffiles"
  (cd "$src/root" && find . -type d -printf '%P\0' | xargs -0 -I{} mkdir -p "$root/{}")
  (cd "$src/root" && find . -type f -printf '%P\0') | while IFS= read -r -d '' f; do
    case "$f" in */bin/*|*/sbin/*) install -m 0755 "$src/root/$f" "$root/$f" ;; *) install -m 0644 "$src/root/$f" "$root/$f" ;; esac
  done
}

# JDK modules reached without a static reference (jdeps cannot see them):
#   jdk.crypto.ec     EC keys and TLS key exchange (the kiosk's enrolment key, central's mutual TLS)
#   jdk.charsets      GB18030 / GBK for ESC/POS receipt printers (java.base has only the standard charsets)
#   jdk.localedata    zh_CN dates, numbers and collation (trimmed to en and zh by --include-locales)
#   jdk.zipfs         the zip file system provider (jar resources read as a FileSystem)
#   java.naming, java.sql, jdk.unsupported, java.smartcardio, jdk.net, java.management: reflection and providers
#   jdk.jdwp.agent is NOT added: no debugger on a kiosk
KIOSK_EXTRA="jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs,java.naming,java.sql,jdk.unsupported,java.smartcardio,java.management"
CENTRAL_EXTRA="jdk.crypto.ec,jdk.charsets,jdk.localedata,jdk.zipfs,java.naming,java.sql,jdk.unsupported,java.management"

build_kiosk() {
  [ -n "$KIOSK_LIB" ] || die "--kiosk-lib DIR is required"
  check_lib "$KIOSK_LIB"
  local modules runtime root="$WORK/budayang-kiosk" src="$HERE/kiosk"
  modules=$(modules_of "$KIOSK_LIB" "$KIOSK_EXTRA")
  runtime=$(runtime_for "$modules")
  stage_common "$root" "$src"
  mkdir -p "$root/opt/budayang/bin" "$root/usr/bin"
  cp -a "$runtime" "$root/opt/budayang/runtime"
  printf '%s\n' "$modules" > "$root/opt/budayang/runtime/budayang-modules"
  copy_lib "$KIOSK_LIB" "$root/opt/budayang/lib"
  local kiosk_jar provision_jar
  kiosk_jar=$(jar_named "$KIOSK_LIB" kiosk-app)
  provision_jar=$(jar_named "$KIOSK_LIB" provisioning)
  for b in budayang-kiosk budayang-provision; do
    render "$src/bin/$b" "$root/opt/budayang/bin/$b" KIOSK_JAR="$kiosk_jar" PROVISION_JAR="$provision_jar" VERSION="$VERSION"
    chmod 0755 "$root/opt/budayang/bin/$b"
  done
  ln -s /opt/budayang/bin/budayang-provision "$root/usr/bin/budayang-provision"
  assemble budayang-kiosk "$root"
}

build_central() {
  [ -n "$CENTRAL_LIB" ] || die "--central-lib DIR is required"
  check_lib "$CENTRAL_LIB"
  local modules runtime root="$WORK/budayang-central" src="$HERE/central"
  modules=$(modules_of "$CENTRAL_LIB" "$CENTRAL_EXTRA")
  runtime=$(runtime_for "$modules")
  stage_common "$root" "$src"
  mkdir -p "$root/opt/budayang-central/bin"
  cp -a "$runtime" "$root/opt/budayang-central/runtime"
  printf '%s\n' "$modules" > "$root/opt/budayang-central/runtime/budayang-modules"
  copy_lib "$CENTRAL_LIB" "$root/opt/budayang-central/lib"
  local central_jar
  central_jar=$(jar_named "$CENTRAL_LIB" central)
  render "$src/bin/budayang-central" "$root/opt/budayang-central/bin/budayang-central" CENTRAL_JAR="$central_jar" VERSION="$VERSION"
  chmod 0755 "$root/opt/budayang-central/bin/budayang-central"
  assemble budayang-central "$root"
}

case "$ONLY" in
  kiosk) build_kiosk ;;
  central) build_central ;;
  *) build_kiosk & kpid=$!; build_central & cpid=$!
     rc=0; wait $kpid || rc=$?; wait $cpid || rc=$?
     [ $rc -eq 0 ] || die "building the packages failed (see above)" ;;
esac
say "done in $(awk -v a="$T0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s (version $VERSION, $COMPRESSION)"
