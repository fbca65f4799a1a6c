#!/usr/bin/env bash
# Benchmarks of issue 7: wall time and peak RSS of full runs on three corpus sizes, a one-chapter
# run and an unchanged re-run on the demo, the largest size with -Xmx512m, the PDF step's own
# duration from the Spring Batch job repository, and two peer routes (LibreOffice docx→pdf of our
# own report, pandoc markdown→docx of an export of it) as ratios to our time.
#
# Every run gets a scratch working directory of its own, because the program keeps its job
# repository in .uk-rapport/ of the working directory and would otherwise see earlier runs.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/run.sh [--smallest] [--reuse] [--dry-run] [--timeout SECONDS] [--work DIR] [--help]
       bench/run.sh --launchers [--runs N] [--work DIR]
       bench/run.sh --scale [--xmx SIZE] [--runs N] [--scale-runs N] [--baseline-jar JAR]
                    [--peer-timeout SECONDS] [--work DIR]

  --smallest         only the demo size (the shipped input/)
  --reuse            keep every measurement an earlier invocation left in WORK/run-*/time-*.txt
                     and measure only the missing ones (delete a time file to measure it again)
  --dry-run          print the plan (sizes, commands, tools found) and exit without running
  --timeout SECONDS  upper limit per measured command (default 1800); a run that hits it is
                     reported as "timeout"
  --work DIR         scratch folder for corpora and runs (default target/bench)
  --launchers        only the demo, side by side and interleaved, N times each (default 3):
                     java -jar on Java 17, bin/uk-rapport on Java 17 (CDS) and on Java 25 (AOT
                     cache), and LibreOffice's docx->pdf of our docx; medians and ratios to
                     LibreOffice in WORK/launchers.md (issue 19). The JDKs are found in /usr/lib/jvm.
  --runs N           repetitions for --launchers, and of the demo for --scale (default 3)
  --scale            issue 19, items 2 and 4: java -Xmx512m -jar on the demo (N times) and on
                     2 900 x 10 (--scale-runs times, default 1), each in a fresh working directory,
                     wall, CPU, peak RSS and the steps' durations from the job repository; with
                     --baseline-jar the same runs of another build of the jar (e.g. the commit
                     before), interleaved; LibreOffice's docx->pdf of our docx of each size as the
                     peer (warm profile, --peer-timeout, default 600 s). WORK/scale.md.
  --xmx SIZE         heap limit of our runs in --scale (default 512m)
  --scale-runs N     repetitions of the 2 900 x 10 run in --scale (default 1)
  --baseline-jar JAR another build of target/uk-rapport.jar to measure beside it in --scale
  --peer-timeout S   upper limit of the LibreOffice conversion in --scale (default 600)
  --help             this text

Sizes: demo (input/), 290 municipalities x 5 grant years, 2 900 municipalities x 10 grant years
(>= 100 000 grant rows). Generated corpora are kept in the work folder and reused while the
generator arguments are the same. The result table is printed and written to WORK/results.md.
EOF
}

SMALLEST=0
REUSE=0
DRY_RUN=0
TIMEOUT=1800
PROJECT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$PROJECT/target/bench"
SEED=7
LAUNCHERS=0
RUNS=3
SCALE=0
XMX=512m
SCALE_RUNS=1
BASELINE_JAR=""
PEER_TIMEOUT=600
while [ $# -gt 0 ]; do
  case "$1" in
    --smallest) SMALLEST=1 ;;
    --reuse) REUSE=1 ;;
    --dry-run) DRY_RUN=1 ;;
    --timeout) TIMEOUT="$2"; shift ;;
    --work) WORK="$2"; shift ;;
    --launchers) LAUNCHERS=1 ;;
    --runs) RUNS="$2"; shift ;;
    --scale) SCALE=1 ;;
    --xmx) XMX="$2"; shift ;;
    --scale-runs) SCALE_RUNS="$2"; shift ;;
    --baseline-jar) BASELINE_JAR="$(readlink -f "$2")"; shift ;;
    --peer-timeout) PEER_TIMEOUT="$2"; shift ;;
    --help|-h) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

# Java 17 takes file-name encoding from the locale (Åmål.docx); the program refuses to start otherwise.
export LC_ALL=C.UTF-8
cd "$PROJECT"
JAR="$PROJECT/target/uk-rapport.jar"

# name | municipalities | grant years   (municipalities 0 = the shipped demo input)
SIZES=("demo|0|0")
if [ "$SCALE" -eq 1 ]; then
  SIZES+=("2900x10|2900|10")
elif [ "$SMALLEST" -eq 0 ]; then
  SIZES+=("290x5|290|5" "2900x10|2900|10")
fi
LARGEST="${SIZES[${#SIZES[@]}-1]%%|*}"

if [ "$DRY_RUN" -eq 1 ]; then
  echo "project: $PROJECT"
  echo "work:    $WORK"
  echo "jar:     $JAR ($( [ -f "$JAR" ] && echo present || echo 'to be built' ))"
  for s in "${SIZES[@]}"; do
    IFS='|' read -r name n y <<<"$s"
    if [ "$n" -eq 0 ]; then
      echo "size $name: input/ as shipped"
    else
      echo "size $name: ScaleCorpusGenerator $WORK/corpus-$name/input $n $y $SEED"
    fi
    echo "  java -jar $JAR --input=... --output=out --alla        (wall time, peak RSS)"
  done
  echo "  demo only: --kapitel=kap10, and an unchanged re-run"
  echo "  each size, and the demo's re-run and --kapitel=kap10, also with bin/uk-rapport (AppCDS, C1)"
  echo "  $LARGEST also with -Xmx512m"
  echo "  peers: libreoffice --headless --convert-to pdf out/slutrapport.docx; pandoc report.md -o peer.docx"
  for tool in /usr/bin/time libreoffice pandoc java mvn timeout; do
    printf '  %-14s %s\n' "$tool" "$(command -v "$tool" || echo 'absent (would be installed or skipped)')"
  done
  exit 0
fi

# ---------------------------------------------------------------- tools

install_debian() {
  # Only Debian's own packages, and only when we may (root); otherwise the measurement is skipped.
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    apt-get install -y "$@" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$@" >/dev/null 2>&1; } || true
  fi
}
[ -x /usr/bin/time ] || install_debian time
[ -x /usr/bin/time ] || { echo "/usr/bin/time (Debian package time) is needed" >&2; exit 1; }
command -v libreoffice >/dev/null || install_debian libreoffice-writer-nogui
command -v pandoc >/dev/null || install_debian pandoc

# ---------------------------------------------------------------- build

needs_build() {
  [ ! -f "$JAR" ] || [ ! -d target/test-classes/se/ukrapport/bench ] \
    || [ -n "$(find src templates pom.xml -newer "$JAR" -type f -print -quit)" ]
}
if needs_build; then
  echo "Building target/uk-rapport.jar ..."
  mvn -q -DskipTests package
fi
# The generator lives in test scope: its classpath is test classes, main classes and all dependencies.
if [ "$LAUNCHERS" -eq 0 ]; then
  if [ ! -s target/bench-classpath.txt ] || [ pom.xml -nt target/bench-classpath.txt ]; then
    mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
  fi
  GEN_CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
fi
mkdir -p "$WORK"

# ---------------------------------------------------------------- helpers

# measure LABEL WORKDIR CMD... : runs CMD in WORKDIR under /usr/bin/time -v and a timeout; sets
# WALL (seconds), CPU (user+system seconds: less sensitive to other load than WALL), RSS (MB), RC
# and LOG (stdout+stderr of the command). With --reuse, a command whose time file exists is not
# run again: the figures are read back from the earlier invocation's files.
measure() {
  local label="$1" wd="$2"; shift 2
  local tf="$wd/time-$label.txt"
  LOG="$wd/log-$label.txt"
  local load_before
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  if [ "$REUSE" -eq 1 ] && [ -f "$tf" ]; then
    RC="$(cat "$wd/rc-$label.txt" 2>/dev/null || echo 0)"
  else
    set +e
    (cd "$wd" && /usr/bin/time -v -o "$tf" timeout "$TIMEOUT" "$@" >"$LOG" 2>&1)
    RC=$?
    set -e
    echo "$RC" >"$wd/rc-$label.txt"
  fi
  CPU="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$tf")"
  WALL="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0;
          for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$tf")"
  RSS="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tf")"
  if [ "$RC" -eq 124 ]; then WALL=">${WALL%.*}"; fi
  LOAD="$load_before→$(cut -d' ' -f1 /proc/loadavg)"
  printf '  %-28s %8s s wall  %7s s cpu  %6s MB  exit %s  load %s\n' "$label" "$WALL" "$CPU" "$RSS" "$RC" "$LOAD" >&2
}

# fresh_dir DIR: an empty scratch working directory (no job repository, no output).
# Workaround (see BENCHMARKS.md, "Known problems"): schema.sql declares uk_korning.filer as
# VARCHAR(100000), and the list of input files with checksums outgrows it at about 2 500 strategy
# documents, so the 2900x10 run stops with exit code 4 before any work. The table is created
# beforehand with filer as CLOB and otherwise the same columns; schema.sql's CREATE TABLE IF NOT
# EXISTS then leaves it alone. Untimed, and the same for every size. BENCH_NO_WORKAROUND=1 skips it.
fresh_dir() {
  [ "$REUSE" -eq 1 ] && [ -d "$1/.uk-rapport" ] && return 0
  rm -rf "$1"
  mkdir -p "$1/.uk-rapport"
  if [ "${BENCH_NO_WORKAROUND:-0}" != 1 ]; then
    java -cp "$JAR" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
      -url "jdbc:h2:file:$1/.uk-rapport/jobbregister" -user sa -sql "CREATE TABLE IF NOT EXISTS uk_korning (
        id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, start TIMESTAMP NOT NULL, slut TIMESTAMP,
        status VARCHAR(40) NOT NULL, anvandare VARCHAR(200), rapportar INT, indata VARCHAR(64), filer CLOB,
        kapitel VARCHAR(400), exitkod INT, jobbkorning BIGINT, utdata VARCHAR(1000), meddelande VARCHAR(4000))" >/dev/null
  fi
}

# ratio A B: A / B with two decimals, "–" when either is not a number
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.2f", a / b; else printf "–" }'
}

# pdf_step_seconds WORKDIR: duration of the last renderaPdf step as Spring Batch recorded it
pdf_step_seconds() {
  local wd="$1"
  java -cp "$JAR" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
    -url "jdbc:h2:file:$wd/.uk-rapport/jobbregister" -user sa \
    -sql "SELECT DATEDIFF('MILLISECOND', START_TIME, END_TIME) AS MS FROM BATCH_STEP_EXECUTION WHERE STEP_NAME = 'renderaPdf' ORDER BY STEP_EXECUTION_ID DESC LIMIT 1" \
    2>/dev/null | awk '/^[0-9]+ *$/ { printf "%.2f", $1 / 1000; found = 1 } END { if (!found) printf "–" }'
}

# markdown_export OUTDIR: the report as markdown, for the pandoc peer. pandoc's own docx reader
# gives the text (title page, headings, paragraphs, lists) but drops our tables, so every table and
# figure is appended as a pipe table from the data CSV behind it (output/data/tabell-*.csv and
# figur-*.csv: the same rows the report shows). Charts stay data tables; no TOC field, captions or
# landscape sections: the peer does less than we do, which favours it.
markdown_export() {
  local out="$1" f
  pandoc -f docx -t markdown "$out/slutrapport.docx"
  echo
  echo "# Tabeller och figurer"
  for f in "$out"/data/tabell-*.csv "$out"/data/figur-*.csv; do
    [ -f "$f" ] || continue
    echo
    echo "## $(basename "$f" .csv)"
    echo
    # UTF-8 with BOM, ';'-separated, quoted only where needed; good enough for table volume.
    sed '1s/^\xEF\xBB\xBF//' "$f" | awk -F';' '{
        line = "|"; for (i = 1; i <= NF; i++) { c = $i; gsub(/"/, "", c); gsub(/\|/, "\\|", c); line = line " " c " |" }
        print line
        if (NR == 1) { sep = "|"; for (i = 1; i <= NF; i++) sep = sep "---|"; print sep }
      }'
  done
}

# corpus NAME MUNICIPALITIES GRANT_YEARS: sets INPUT and ROWS_NOTE (generated once per seed and
# generator; MUNICIPALITIES 0 = the shipped input/)
corpus() {
  if [ "$2" -eq 0 ]; then
    input="$PROJECT/input"
    rows_note="demo"
    return 0
  fi
  input="$WORK/corpus-$1/input"
  local stamp="$WORK/corpus-$1/generated-$2-$3-$SEED"
  if [ ! -f "$stamp" ] || [ -n "$(find src/test/java/se/ukrapport/bench -newer "$stamp" -type f -print -quit)" ]; then
    rm -rf "$WORK/corpus-$1"
    mkdir -p "$WORK/corpus-$1"
    java -cp "$GEN_CP" se.ukrapport.bench.ScaleCorpusGenerator "$input" "$2" "$3" "$SEED" | tee "$stamp" >&2
  fi
  rows_note="$(grep -o '[0-9]* rader' "$stamp" | head -1 | sed 's/ rader/ grant rows/')"
}

# step_seconds WORKDIR: "step=seconds ..." of the job repository's step executions, in order
step_seconds() {
  java -cp "$JAR" -Dloader.main=org.h2.tools.Shell org.springframework.boot.loader.launch.PropertiesLauncher \
    -url "jdbc:h2:file:$1/.uk-rapport/jobbregister" -user sa \
    -sql "SELECT STEP_NAME, DATEDIFF('MILLISECOND', START_TIME, END_TIME) FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID" \
    2>/dev/null | awk -F'|' 'NF == 2 && $2 ~ /^ *[0-9]+ *$/ { gsub(/ /, "", $1); printf "%s=%.1f ", $1, $2 / 1000 }'
}

# ---------------------------------------------------------------- machine

MACHINE="$WORK/machine.txt"
{
  echo "- nproc: $(nproc)"
  echo "- memory: $(free -h | awk '/^Mem:/ { print $2 " total, " $7 " available" }')"
  echo "- CPU: $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
  echo "- java: $(java -version 2>&1 | head -2 | tr '\n' ' ')"
  echo "- LibreOffice: $(libreoffice --version 2>/dev/null | head -1 || echo absent)"
  echo "- pandoc: $(pandoc --version 2>/dev/null | head -1 || echo absent)"
  echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work shares the machine)"
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
} >"$MACHINE"
cat "$MACHINE"

# ---------------------------------------------------------------- launchers (issue 19)

# jdk_of FEATURE: the first JDK folder in /usr/lib/jvm whose release file says Java FEATURE.
jdk_of() {
  local d v
  for d in /usr/lib/jvm/*/; do
    d="${d%/}"
    [ -x "$d/bin/java" ] && [ -f "$d/release" ] || continue
    v="$(sed -n 's/^JAVA_VERSION="\(.*\)"$/\1/p' "$d/release")"
    [ "${v%%[!0-9]*}" = "$1" ] && { readlink -f "$d"; return 0; }
  done
  return 1
}

# median A B C ...: the middle value (the lower middle for an even count); "–" without numbers
median() {
  printf '%s\n' "$@" | grep -E '^[0-9.]+$' | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) printf "–"; else printf "%.2f", v[int((NR + 1) / 2)] }'
}

if [ "$LAUNCHERS" -eq 1 ]; then
  JDK17="$(jdk_of 17 || true)"
  JDK25="$(jdk_of 25 || true)"
  LAUNCHER="$PROJECT/bin/uk-rapport"
  LW="$WORK/launchers"
  rm -rf "$LW" && mkdir -p "$LW"
  {
    echo "- Java 17: ${JDK17:-absent}${JDK17:+ ($("$JDK17/bin/java" -version 2>&1 | sed -n 2p))}"
    echo "- Java 25: ${JDK25:-absent}${JDK25:+ ($("$JDK25/bin/java" -version 2>&1 | sed -n 2p))}"
  } >>"$MACHINE"
  tail -2 "$MACHINE"
  # Routes: label | what the table calls it | command (run in a fresh working directory)
  ROUTES=()
  [ -n "$JDK17" ] && ROUTES+=("jar17|\`java -jar\`, Java 17")
  [ -n "$JDK17" ] && ROUTES+=("launcher17|\`bin/uk-rapport\`, Java 17 (CDS archive, C1)")
  [ -n "$JDK25" ] && ROUTES+=("launcher25|\`bin/uk-rapport\`, Java 25 (AOT cache, C1)")
  route_cmd() {
    case "$1" in
      jar17) echo "$JDK17/bin/java -jar $JAR" ;;
      launcher17) echo "env JAVA_HOME=$JDK17 $LAUNCHER" ;;
      launcher25) echo "env JAVA_HOME=$JDK25 $LAUNCHER" ;;
    esac
  }
  # The launcher's training runs (once per build of the jar and JDK), untimed, and one untimed
  # LibreOffice conversion that creates its user profile, so the timed ones are all warm starts.
  for r in launcher17 launcher25; do
    case " ${ROUTES[*]} " in *"$r|"*) ;; *) continue ;; esac
    mkdir -p "$LW/prep-$r"
    # shellcheck disable=SC2046
    (cd "$LW/prep-$r" && $(route_cmd "$r") historik >/dev/null 2>&1) || echo "$r could not be prepared" >&2
  done
  declare -A T
  for i in $(seq 1 "$RUNS"); do
    for route in "${ROUTES[@]}"; do
      r="${route%%|*}"
      wd="$LW/$r-$i"
      mkdir -p "$wd"
      # shellcheck disable=SC2046
      measure "$r-$i" "$wd" $(route_cmd "$r") --input="$PROJECT/input" --output=out --alla
      [ "$RC" -eq 0 ] && T[$r]="${T[$r]:-} $WALL"
    done
    if command -v libreoffice >/dev/null && [ -f "$LW/jar17-$i/out/slutrapport.docx" ]; then
      wd="$LW/jar17-$i"
      if [ ! -d "$LW/lo-profile" ]; then
        (cd "$wd" && libreoffice -env:UserInstallation="file://$LW/lo-profile" --headless --convert-to pdf \
          --outdir "$LW/lo-warmup" out/slutrapport.docx >/dev/null 2>&1) || true
      fi
      measure "libreoffice-$i" "$wd" libreoffice -env:UserInstallation="file://$LW/lo-profile" \
        --headless --convert-to pdf --outdir lo out/slutrapport.docx
      [ "$RC" -eq 0 ] && [ -f "$wd/lo/slutrapport.pdf" ] && T[lo]="${T[lo]:-} $WALL"
    fi
  done
  # shellcheck disable=SC2086
  lo="$(median ${T[lo]:-})"
  {
    echo "### Demo, \`--alla\`, fresh working directory, $RUNS runs each, interleaved"
    echo
    cat "$MACHINE"
    echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| route | wall s, median | runs (wall s) | LibreOffice / route |"
    echo "|---|---:|---|---:|"
    for route in "${ROUTES[@]}"; do
      r="${route%%|*}"
      # shellcheck disable=SC2086
      m="$(median ${T[$r]:-})"
      echo "| ${route#*|} | $m |${T[$r]:-} | $(ratio "$lo" "$m") |"
    done
    echo "| peer: LibreOffice docx→pdf of our \`slutrapport.docx\` (warm profile) | $lo |${T[lo]:-} | 1.00 |"
    echo
    # The same files, byte for byte, whichever route made them?
    for route in "${ROUTES[@]}"; do
      r="${route%%|*}"
      [ "$r" = jar17 ] && continue
      if [ -d "$LW/jar17-1/out" ] && [ -d "$LW/$r-1/out" ]; then
        if diff -r -q "$LW/jar17-1/out" "$LW/$r-1/out" >"$LW/diff-$r.txt" 2>&1; then
          echo "- output of ${route#*|}: byte for byte the same as \`java -jar\` on Java 17"
        else
          echo "- output of ${route#*|}: $(wc -l <"$LW/diff-$r.txt") files differ from \`java -jar\` on Java 17 (see $LW/diff-$r.txt)"
        fi
      fi
    done
  } >"$LW/launchers.md"
  echo
  cat "$LW/launchers.md"
  exit 0
fi

# ---------------------------------------------------------------- scale (issue 19, items 2 and 4)

if [ "$SCALE" -eq 1 ]; then
  SW="$WORK/scale"
  rm -rf "$SW" && mkdir -p "$SW"
  echo "- heap: -Xmx$XMX; baseline jar: ${BASELINE_JAR:-none}" >>"$MACHINE"
  JARS=("ours|$JAR")
  [ -n "$BASELINE_JAR" ] && JARS+=("baseline|$BASELINE_JAR")
  declare -A W C R S
  # One untimed LibreOffice conversion creates its user profile: the timed ones start warm.
  lo_profile="$SW/lo-profile"
  for s in "${SIZES[@]}"; do
    IFS='|' read -r name n y <<<"$s"
    echo "== $name" >&2
    corpus "$name" "$n" "$y"
    runs="$RUNS"
    [ "$n" -gt 0 ] && runs="$SCALE_RUNS"
    for i in $(seq 1 "$runs"); do
      for j in "${JARS[@]}"; do
        label="${j%%|*}"
        wd="$SW/$name-$label-$i"
        fresh_dir "$wd"
        measure "$name-$label-$i" "$wd" java -Xmx"$XMX" -jar "${j#*|}" --input="$input" --output=out --alla
        if [ "$RC" -eq 0 ]; then
          W[$name-$label]="${W[$name-$label]:-} $WALL"
          C[$name-$label]="${C[$name-$label]:-} $CPU"
          R[$name-$label]="${R[$name-$label]:-} $RSS"
        fi
        S[$name-$label-$i]="$(step_seconds "$wd")"
      done
    done
    # Peer: LibreOffice converts our own docx of this size (first run's), its start included.
    if command -v libreoffice >/dev/null && [ -f "$SW/$name-ours-1/out/slutrapport.docx" ]; then
      wd="$SW/$name-ours-1"
      if [ ! -d "$lo_profile" ]; then
        (cd "$SW/demo-ours-1" 2>/dev/null && libreoffice -env:UserInstallation="file://$lo_profile" --headless \
          --convert-to pdf --outdir "$SW/lo-warmup" out/slutrapport.docx >/dev/null 2>&1) || true
      fi
      saved="$TIMEOUT"; TIMEOUT="$PEER_TIMEOUT"
      measure "$name-libreoffice" "$wd" libreoffice -env:UserInstallation="file://$lo_profile" \
        --headless --convert-to pdf --outdir lo out/slutrapport.docx
      TIMEOUT="$saved"
      W[$name-lo]="$WALL"
      [ "$RC" -eq 0 ] && [ ! -f "$wd/lo/slutrapport.pdf" ] && W[$name-lo]="–"
    fi
    # The same output from both jars, byte for byte?
    if [ -n "$BASELINE_JAR" ] && [ -d "$SW/$name-ours-1/out" ] && [ -d "$SW/$name-baseline-1/out" ]; then
      if diff -r -q "$SW/$name-baseline-1/out" "$SW/$name-ours-1/out" >"$SW/diff-$name.txt" 2>&1; then
        S[$name-same]="byte for byte the same output as the baseline jar"
      else
        S[$name-same]="$(wc -l <"$SW/diff-$name.txt") files differ from the baseline jar's (see $SW/diff-$name.txt)"
      fi
    fi
  done
  {
    echo "### \`java -Xmx$XMX -jar\`, \`--alla\`, a fresh working directory per run"
    echo
    cat "$MACHINE"
    echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo
    echo "| size | jar | wall s, median (runs) | CPU s, median | peak RSS MB, max | LibreOffice docx→pdf s | LO / ours (wall) |"
    echo "|---|---|---|---:|---:|---:|---:|"
    for s in "${SIZES[@]}"; do
      name="${s%%|*}"
      for j in "${JARS[@]}"; do
        label="${j%%|*}"
        # shellcheck disable=SC2086
        m="$(median ${W[$name-$label]:-})"
        # shellcheck disable=SC2086
        echo "| $name | $label | $m (${W[$name-$label]:-} ) | $(median ${C[$name-$label]:-}) | $(printf '%s\n' ${R[$name-$label]:-0} | sort -n | tail -1) | ${W[$name-lo]:-–} | $(ratio "${W[$name-lo]:-}" "$m") |"
      done
    done
    echo
    echo "Steps (seconds, BATCH_STEP_EXECUTION; the read steps of the two branches run side by side, so do"
    echo "renderaDocx and renderaPdf):"
    echo
    for k in $(printf '%s\n' "${!S[@]}" | sort); do
      echo "- $k: ${S[$k]}"
    done
  } >"$SW/scale.md"
  echo
  cat "$SW/scale.md"
  exit 0
fi

# ---------------------------------------------------------------- runs

# The optional launcher (bin/uk-rapport: unpacked jar, AppCDS archive, C1 only) prepares its cache
# on first use with a training run; done here, untimed, so the measured runs find it ready.
LAUNCHER="$PROJECT/bin/uk-rapport"
if [ "$DRY_RUN" -eq 0 ] && [ -x "$LAUNCHER" ]; then
  prep="$WORK/launcher-prep"
  rm -rf "$prep" && mkdir -p "$prep"
  (cd "$prep" && "$LAUNCHER" historik >/dev/null 2>&1) || echo "bin/uk-rapport could not be prepared" >&2
fi

RESULTS="$WORK/results.md"
ROWS=()
EXTRA=()
for s in "${SIZES[@]}"; do
  IFS='|' read -r name n y <<<"$s"
  echo "== $name" >&2
  corpus "$name" "$n" "$y"

  wd="$WORK/run-$name"
  fresh_dir "$wd"
  measure "$name-full" "$wd" java -jar "$JAR" --input="$input" --output=out --alla
  full="$WALL"; full_cpu="$CPU"; full_rss="$RSS"; full_rc="$RC"
  # Kept beside the time file: later runs in the same directory (re-run, --kapitel) add executions.
  if [ "$REUSE" -eq 1 ] && [ -s "$wd/pdf-step-$name.txt" ]; then
    pdf_step="$(cat "$wd/pdf-step-$name.txt")"
  else
    pdf_step="$(pdf_step_seconds "$wd")"
    echo "$pdf_step" >"$wd/pdf-step-$name.txt"
  fi

  # Peer (a): LibreOffice converts our own Word report to PDF (its own start included).
  lo="–"
  if command -v libreoffice >/dev/null && [ -f "$wd/out/slutrapport.docx" ]; then
    mkdir -p "$wd/lo" "$wd/lo-profile"
    measure "$name-libreoffice" "$wd" libreoffice -env:UserInstallation="file://$wd/lo-profile" \
      --headless --convert-to pdf --outdir lo out/slutrapport.docx
    [ "$RC" -eq 0 ] && [ -f "$wd/lo/slutrapport.pdf" ] && lo="$WALL"
    [ "$RC" -eq 124 ] && lo="$WALL"   # ">N": gave up after N s; the ratios stay empty
  fi
  # Peer (b): pandoc writes Word from a markdown export of our report (see markdown_export);
  # the export is not timed; the timed step is markdown→docx, pandoc's start included.
  pd="–"
  if command -v pandoc >/dev/null && [ -f "$wd/out/slutrapport.docx" ]; then
    markdown_export "$wd/out" >"$wd/report.md"
    measure "$name-pandoc" "$wd" pandoc -f markdown -t docx --toc -o peer.docx report.md
    [ "$RC" -eq 0 ] && pd="$WALL"
  fi
  ROWS+=("| $name ($rows_note) | $full | $full_cpu | $full_rss | $full_rc | $pdf_step | $lo | $(ratio "$lo" "$full") | $(ratio "$lo" "$pdf_step") | $pd | $(ratio "$pd" "$full") |")

  if [ "$n" -eq 0 ]; then
    # Same working directory: the job repository and output of the full run are what a re-run sees.
    measure "$name-unchanged" "$wd" java -jar "$JAR" --input="$input" --output=out
    EXTRA+=("| $name | unchanged re-run | $WALL | $CPU | $RSS | $RC |")
    measure "$name-kap10" "$wd" java -jar "$JAR" --input="$input" --output=out --kapitel=kap10
    EXTRA+=("| $name | \`--kapitel=kap10\` | $WALL | $CPU | $RSS | $RC |")
  fi
  if [ -x "$LAUNCHER" ]; then
    wdl="$WORK/run-$name-launcher"
    fresh_dir "$wdl"
    measure "$name-launcher" "$wdl" "$LAUNCHER" --input="$input" --output=out --alla
    EXTRA+=("| $name | full, \`bin/uk-rapport\` (AppCDS, C1) | $WALL | $CPU | $RSS | $RC |")
    if [ "$n" -eq 0 ]; then
      measure "$name-launcher-unchanged" "$wdl" "$LAUNCHER" --input="$input" --output=out
      EXTRA+=("| $name | unchanged re-run, \`bin/uk-rapport\` | $WALL | $CPU | $RSS | $RC |")
      measure "$name-launcher-kap10" "$wdl" "$LAUNCHER" --input="$input" --output=out --kapitel=kap10
      EXTRA+=("| $name | \`--kapitel=kap10\`, \`bin/uk-rapport\` | $WALL | $CPU | $RSS | $RC |")
    fi
  fi
  if [ "$name" = "$LARGEST" ]; then
    wd512="$WORK/run-$name-xmx512m"
    fresh_dir "$wd512"
    measure "$name-xmx512m" "$wd512" java -Xmx512m -jar "$JAR" --input="$input" --output=out --alla
    oom="no"
    if grep -rqs OutOfMemoryError "$LOG" "$wd512/.uk-rapport/uk-rapport.log"; then oom="**OutOfMemoryError**"; fi
    EXTRA+=("| $name | full, \`-Xmx512m\` (OOM: $oom) | $WALL | $CPU | $RSS | $RC |")
    if [ -x "$LAUNCHER" ]; then
      wdl512="$WORK/run-$name-launcher-xmx512m"
      fresh_dir "$wdl512"
      measure "$name-launcher-xmx512m" "$wdl512" env UK_RAPPORT_JAVA_OPTS=-Xmx512m "$LAUNCHER" \
        --input="$input" --output=out --alla
      oom="no"
      if grep -rqs OutOfMemoryError "$LOG" "$wdl512/.uk-rapport/uk-rapport.log"; then oom="**OutOfMemoryError**"; fi
      EXTRA+=("| $name | full, \`-Xmx512m\`, \`bin/uk-rapport\` (OOM: $oom) | $WALL | $CPU | $RSS | $RC |")
    fi
  fi
done

{
  echo "### Machine"
  cat "$MACHINE"
  echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "### Full runs (\`--alla\`, JVM start included) and peer routes"
  echo
  echo "| size | ours: wall s | ours: CPU s | peak RSS MB | exit | PDF step s (BATCH_STEP_EXECUTION) | LibreOffice docx→pdf s | LO / ours | LO / PDF step | pandoc md→docx s | pandoc / ours |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "### Other runs"
  echo
  echo "| size | run | wall s | CPU s | peak RSS MB | exit |"
  echo "|---|---|---:|---:|---:|---:|"
  printf '%s\n' "${EXTRA[@]}"
} >"$RESULTS"
echo
cat "$RESULTS"
