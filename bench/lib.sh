# Sourced by the bench scripts (from the repository root): one module's test class path, and the machine.

# bench_test_classpath MODULE: builds MODULE and what it needs offline, prints its test class path.
bench_test_classpath() {
  local module=$1
  ./mvnw -o -q -B -pl "$module" -am test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
  printf '%s' "$module/target/test-classes:$module/target/classes:$(cat "$module/target/bench-classpath.txt")"
}

# bench_machine [EXTRA]: the lines that go with every figure in docs/BENCHMARKS.md.
bench_machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/^Mem/ {print $2}') GiB, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
  echo "java: $(java -version 2>&1 | head -1); ${1:+$1; }date: $(date -u +%Y-%m-%dT%H:%MZ); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
