# Shared by the scripts: the one JDK picker (pick_java_home), the build (ensure_built), the tool modules' classpaths
# (tool_classpath), the harnesses' verdict table, the release layout. Picks a JDK >= 21 (the default java may be 17).
pick_java_home() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    local v; v=$("$JAVA_HOME/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    [[ "${v:-0}" -ge 21 ]] && return 0
  fi
  local best="" bestv=0 dir v
  for dir in /usr/lib/jvm/*/; do
    [[ -x "$dir/bin/java" ]] || continue
    v=$("$dir/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    if [[ "${v:-0}" -ge 21 && "$v" -gt "$bestv" ]]; then best="${dir%/}"; bestv=$v; fi
  done
  if [[ -z "$best" ]]; then
    echo "No JDK >= 21 found under /usr/lib/jvm; install one (e.g. Temurin 25) or set JAVA_HOME" >&2
    return 1
  fi
  export JAVA_HOME="$best"
}

# The JVM flags of railway.json's deploy.startCommand (the one definition of how an instance starts):
# everything between "java" and "-jar". Used by package-release's training run and the benchmarks.
start_command_jvm_flags() {
  local command
  command=$(sed -n 's/^ *"startCommand": *"\(.*\)",\{0,1\}$/\1/p' "$root/railway.json" | head -1)
  [[ -n $command ]] || { echo "no deploy.startCommand in railway.json" >&2; return 1; }
  command=${command#java }
  echo "${command%% -jar *}"
}

# The Maven modules, in reactor order (pom.xml); ensure_built watches their poms and sources.
modules=(shared localstack functions devserver bench reliability)

# The build every script runs on: `./mvnw -DskipTests install` of the whole reactor when it never ran, when a pom or
# a source is newer than the last one, or when a jar a tool module's classpath names is gone (a wiped local
# repository); otherwise nothing (a `find` over the sources). It writes the executable jar and the tool modules'
# target/classpath.txt, so a script then starts a main with plain `java -cp` (tool_classpath): nothing is fetched
# after it, and no script needs Maven's offline mode or a plugin called by its prefix. Two scripts started at once
# in one checkout take turns (flock on target/build.lock): the second finds the first one's build fresh instead of
# running a second Maven build into the same target directories.
ensure_built() {
  mkdir -p "$root/target"
  local lock status=0
  exec {lock}>"$root/target/build.lock"
  flock "$lock"
  ensure_built_locked || status=$?
  exec {lock}>&-
  return "$status"
}

ensure_built_locked() {
  local stamp="$root/target/build.stamp" watched=("$root/pom.xml") m entry stale="" reference=""
  for m in "${modules[@]}"; do watched+=("$root/$m/pom.xml" "$root/$m/src"); done
  local outputs=("$root/functions/target/sales-machine-functions.jar" "$root"/{devserver,bench,reliability}/target/classpath.txt)
  if [[ -f $stamp ]]; then
    reference=$stamp
  elif ls "${outputs[@]}" >/dev/null 2>&1; then
    # built without this function (./mvnw verify or install by hand, CI): the executable jar, rewritten by every
    # package, stands for that build (classpath.txt keeps its old date when its content did not change)
    reference=${outputs[0]}
  fi
  if [[ -z $reference || ! -f ${outputs[0]} ]]; then
    stale="no build yet"
  elif [[ -n $(find "${watched[@]}" -newer "$reference" -print -quit 2>/dev/null) ]]; then
    stale="sources changed"
  else
    for m in devserver bench reliability; do
      [[ -f $root/$m/target/classpath.txt ]] || { stale="no $m/target/classpath.txt"; break; }
      while IFS= read -r -d: entry || [[ -n $entry ]]; do
        [[ -e $entry ]] || { stale="missing ${entry##*/}"; break 2; }
      done < "$root/$m/target/classpath.txt"
    done
  fi
  if [[ -z $stale ]]; then
    [[ -f $stamp ]] || { mkdir -p "$root/target" && touch "$stamp"; }
    return 0
  fi
  echo "build ($stale): ./mvnw -q -B -DskipTests install (JAVA_HOME=$JAVA_HOME, log target/build.log)" >&2
  mkdir -p "$root/target"
  touch "$stamp.next"  # sources edited during the build stay newer than the stamp
  if ! (cd "$root" && ./mvnw -q -B -DskipTests install) > "$root/target/build.log" 2>&1; then
    tail -40 "$root/target/build.log" >&2
    echo "the build failed; full log: $root/target/build.log" >&2
    rm -f "$stamp.next"
    return 1
  fi
  mv "$stamp.next" "$stamp"
}

# The classpath of a tool module's mains: its test classes, its classes and its dependencies as the build wrote
# them (target/classpath.txt). Usage: "$JAVA_HOME/bin/java" -cp "$(tool_classpath bench)" some.Main args
tool_classpath() {
  local target="$root/$1/target"
  [[ -f $target/classpath.txt ]] || { echo "$1 is not built (scripts/setup builds it)" >&2; return 1; }
  echo "$target/test-classes:$target/classes:$(<"$target/classpath.txt")"
}

# --report-only in a harness's arguments: print the verdicts but exit 0 on a GAP. Sets report_only and the
# remaining arguments in harness_args.
parse_report_only() {
  report_only=0 harness_args=()
  local arg
  for arg in "$@"; do
    if [[ $arg == --report-only ]]; then report_only=1; else harness_args+=("$arg"); fi
  done
}

# The one table every harness ends with: rows "target<TAB>figure<TAB>PASS|GAP" read from the file $1 (the Java
# harnesses write it through com.salesmachine.bench.Verdicts to the file BENCH_VERDICTS names). Returns 1 when no row
# was written (the harness stopped before its table), and when a row is GAP unless report_only=1.
verdict_table() {
  local file=$1
  echo
  echo "== verdicts"
  { printf 'target\tfigure\tverdict\n'; [[ ! -f $file ]] || cat "$file"; } \
    | if command -v column >/dev/null; then column -t -s $'\t'; else cat; fi
  if [[ ! -s $file ]]; then
    echo "no verdict recorded: the harness stopped before its table"
    return 1
  fi
  if grep -q $'\tGAP$' "$file"; then
    [[ ${report_only:-0} == 1 ]] || return 1
    echo "(--report-only: exit 0 although a target is not met)"
  fi
  return 0
}

# The release layout the deployment runs (target/release: extracted jar + AOT cache), rebuilt when the jar is
# newer. Builds first when the build is missing or stale (ensure_built).
ensure_release() {
  local jar="$root/functions/target/sales-machine-functions.jar"
  ensure_built
  if [[ ! -f $root/target/release/app.aot || $jar -nt $root/target/release/app.aot ]]; then
    "$root/scripts/package-release" "$jar" "$root/target/release"
  fi
}
