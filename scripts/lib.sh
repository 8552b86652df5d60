# Shared by the scripts: a JDK >= 21 (the machine's default java may be 17).
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

# The release layout the deployment runs (target/release: extracted jar + AOT cache), rebuilt when the jar is
# newer. Builds the jar first if there is none.
ensure_release() {
  local jar="$root/functions/target/sales-machine-functions.jar"
  [[ -f $jar ]] || (cd "$root" && { ./mvnw -q -B -o -DskipTests install >/dev/null 2>&1 || ./mvnw -q -B -DskipTests install; })
  if [[ ! -f $root/target/release/app.aot || $jar -nt $root/target/release/app.aot ]]; then
    "$root/scripts/package-release" "$jar" "$root/target/release"
  fi
}
