#!/usr/bin/env bash
# Benchmark of the live preview (issue 19, item 3): time from saving an edited chapter template to
# the re-rendered chapter being served by `bin/uk-rapport --forhandsgranska`, beside its peers
# measured in the same invocation:
#   - the same one-chapter re-run made by a normal `bin/uk-rapport --templates=…` invocation (a
#     new JVM each time: what the preview saves);
#   - LibreOffice converting that chapter's Word file (out/kapitel/kap05.docx) to PDF (warm profile).
# Every preview variant runs in a scratch working directory of its own (own job repository, own
# copy of input/ and templates/). A measurement: note /version, rewrite a marker in
# kap05-kommunernas-arbete.ftl, poll /version every 20 ms until it changes, fetch / and check that
# the marker is on the page. A browser polls every 250 ms, so it sees the page up to 0.25 s later.
# No timing assertions anywhere; the figures go to WORK/preview.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/preview.sh [--runs N] [--work DIR] [--variants "c1 c2"] [--help]

  --runs N       timed template saves per variant, and runs of each peer (default 3)
  --work DIR     scratch folder (default target/bench/preview)
  --variants V   preview JVMs to measure: c1 = the launcher as it is (C1 only), c2 = the launcher
                 with C2 allowed (UK_RAPPORT_JAVA_OPTS=-XX:TieredStopAtLevel=4); default "c1 c2"
EOF
}

RUNS=3
PROJECT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$PROJECT/target/bench/preview"
VARIANTS="c1 c2"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift ;;
    --work) WORK="$2"; shift ;;
    --variants) VARIANTS="$2"; shift ;;
    --help|-h) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
export LC_ALL=C.UTF-8
LAUNCHER="$PROJECT/bin/uk-rapport"
JAR="$PROJECT/target/uk-rapport.jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$PROJECT/src/main" "$PROJECT/templates" -newer "$JAR" -print -quit)" ]; then
  (cd "$PROJECT" && mvn -q -o -DskipTests package)
fi
rm -rf "$WORK" && mkdir -p "$WORK"
KAP05=kap05-kommunernas-arbete.ftl
TEXT="Kapitlet bygger på enkätsvaren"

now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
median() {
  printf '%s\n' "$@" | grep -E '^[0-9.]+$' | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) printf "–"; else printf "%.2f", v[int((NR + 1) / 2)] }'
}
ratio() { awk -v p="$1" -v o="$2" 'BEGIN { if (o + 0 > 0 && p + 0 > 0) printf "%.2f", p / o; else printf "–" }'; }

# scratch DIR: a working directory with its own copy of input/ and the templates (mallar/).
scratch() {
  mkdir -p "$1"
  cp -r "$PROJECT/input" "$1/input"
  cp -r "$PROJECT/templates" "$1/mallar"
}

# mark DIR K: the chapter template says "(mätning K)" after the first sentence's opening words.
mark() {
  sed -i -E "s/$TEXT( \(mätning [0-9]+\))?/$TEXT (mätning $2)/" "$1/mallar/$KAP05"
}

# The launcher's preparation (unpacking, the training run for this JDK), untimed.
mkdir -p "$WORK/prep" && (cd "$WORK/prep" && "$LAUNCHER" historik >/dev/null 2>&1) || true

declare -A SAVE FIRST RUNLINE
for variant in $VARIANTS; do
  wd="$WORK/preview-$variant"
  scratch "$wd"
  mark "$wd" 0
  opts=""
  [ "$variant" = c2 ] && opts="-XX:TieredStopAtLevel=4"
  # exec all the way down (subshell, env, the launcher's own exec): $! is the JVM's pid.
  (cd "$wd" && exec env UK_RAPPORT_JAVA_OPTS="$opts" "$LAUNCHER" --forhandsgranska --templates=mallar --port=0 \
    >"$wd/console.txt" 2>&1) &
  echo $! >"$wd/pid"
  url=""
  for _ in $(seq 1 1200); do
    url="$(sed -n 's|^Förhandsgranskning: \(http://127.0.0.1:[0-9]*/\).*|\1|p' "$wd/console.txt" | head -1)"
    [ -n "$url" ] && [ "$(curl -s "${url}version" || true)" = 1 ] && break
    sleep 0.25
  done
  if [ -z "$url" ] || [ "$(curl -s "${url}version" || true)" != 1 ]; then
    echo "preview $variant did not start (see $wd/console.txt)" >&2
    kill -TERM "$(cat "$wd/pid")" 2>/dev/null || true
    continue
  fi
  for k in $(seq 1 $((RUNS + 1))); do
    v="$(curl -s "${url}version")"
    t0="$(now)"
    mark "$wd" "$k"
    while [ "$(curl -s "${url}version")" = "$v" ]; do sleep 0.02; done
    page="$(curl -s "$url")"
    if grep -q "mätning $k)" <<<"$page"; then
      t1="$(now)"
      s="$(secs "$t0" "$t1")"
      if [ "$k" -eq 1 ]; then FIRST[$variant]="$s"; else SAVE[$variant]="${SAVE[$variant]:-} $s"; fi
    else
      echo "preview $variant: save $k not on the page" >&2
    fi
    sleep 1
  done
  RUNLINE[$variant]="$(grep -o 'omrenderat på [0-9,]* s' "$wd/console.txt" | tail -n "$RUNS" | sed 's/omrenderat på //; s/ s//; s/,/./' | tr '\n' ' ')"
  # As Ctrl+C does (SIGINT is ignored in a background job of a script): the run in progress ends,
  # then the lock and the job repository are closed.
  kill -TERM "$(cat "$wd/pid")" 2>/dev/null || true
  for _ in $(seq 1 240); do kill -0 "$(cat "$wd/pid")" 2>/dev/null || break; sleep 0.25; done
  # Step times of the timed runs, from the preview's own job repository.
  h2="$(ls "$PROJECT"/target/snabbstart/app/lib/h2-*.jar 2>/dev/null | head -1)"
  if [ -n "$h2" ]; then
    java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$wd/.uk-rapport/jobbregister" -user sa -password "" \
      -sql "SELECT STEP_NAME, DATEDIFF('MILLISECOND', START_TIME, END_TIME) FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID > (SELECT MAX(JOB_EXECUTION_ID) - $RUNS FROM BATCH_JOB_EXECUTION) ORDER BY STEP_EXECUTION_ID" \
      >"$wd/steps.txt" 2>&1 || true
  fi
done

# Peer 1: the same one-chapter re-run as a normal invocation, a new JVM each time.
wd="$WORK/normal"
scratch "$wd"
mark "$wd" 0
(cd "$wd" && "$LAUNCHER" --templates=mallar >"$wd/first.txt" 2>&1)
for k in $(seq 1 "$RUNS"); do
  mark "$wd" "$k"
  t0="$(now)"
  (cd "$wd" && "$LAUNCHER" --templates=mallar >"$wd/run-$k.txt" 2>&1)
  t1="$(now)"
  grep -q "mätning $k)" "$wd/output/html/index.html" && SAVE[normal]="${SAVE[normal]:-} $(secs "$t0" "$t1")"
done

# Peer 2: LibreOffice, kapitel/kap05.docx -> pdf, warm profile.
if command -v libreoffice >/dev/null; then
  (cd "$wd" && libreoffice -env:UserInstallation="file://$WORK/lo-profile" --headless --convert-to pdf \
    --outdir lo-warmup output/kapitel/kap05.docx >/dev/null 2>&1) || true
  for k in $(seq 1 "$RUNS"); do
    t0="$(now)"
    (cd "$wd" && libreoffice -env:UserInstallation="file://$WORK/lo-profile" --headless --convert-to pdf \
      --outdir lo output/kapitel/kap05.docx >/dev/null 2>&1) && [ -f "$wd/lo/kap05.pdf" ] \
      && SAVE[lo]="${SAVE[lo]:-} $(secs "$t0" "$(now)")"
  done
fi

# shellcheck disable=SC2086
lo="$(median ${SAVE[lo]:-})"
# shellcheck disable=SC2086
normal="$(median ${SAVE[normal]:-})"
{
  echo "### Preview: template save → chapter served, $RUNS timed saves per variant"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(cd "$PROJECT" && git rev-parse --short HEAD), nproc $(nproc)"
  echo "- java: $(UK_RAPPORT_VERBOSE=1 "$LAUNCHER" --help 2>&1 | sed -n 's/^bin\/uk-rapport: //p' | head -1)"
  echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| what | median s | runs (s) | normal re-run / this | LibreOffice kap05 / this |"
  echo "|---|---:|---|---:|---:|"
  for variant in $VARIANTS; do
    # shellcheck disable=SC2086
    m="$(median ${SAVE[$variant]:-})"
    echo "| preview ($variant), save → served | $m |${SAVE[$variant]:-} | $(ratio "$normal" "$m") | $(ratio "$lo" "$m") |"
    # shellcheck disable=SC2086
    echo "| preview ($variant), the run alone (console) | $(median ${RUNLINE[$variant]:-}) | ${RUNLINE[$variant]:-} | | |"
    echo "| preview ($variant), first save after start | ${FIRST[$variant]:-–} | | | |"
  done
  echo "| peer: normal one-chapter re-run, \`bin/uk-rapport --templates=mallar\` (new JVM) | $normal |${SAVE[normal]:-} | 1.00 | $(ratio "$lo" "$normal") |"
  echo "| peer: LibreOffice docx→pdf of \`kapitel/kap05.docx\` (warm profile) | $lo |${SAVE[lo]:-} | | 1.00 |"
  echo
  for variant in $VARIANTS; do
    [ -f "$WORK/preview-$variant/steps.txt" ] || continue
    echo "Steps of the timed runs, preview ($variant), ms: $(awk -F'|' 'NR > 1 && NF == 2 { gsub(/ /, ""); printf "%s %s; ", $1, $2 }' "$WORK/preview-$variant/steps.txt")"
    echo
  done
} >"$WORK/preview.md"
cat "$WORK/preview.md"
