#!/usr/bin/env bash
# bench/run.sh: full cold builds of generated sites, Noticeboard and Hugo side by side.
#
#   bench/run.sh [--sizes "1000 10000 50000"] [--runs 3] [--rebuilds N] [--seed 42] [--work DIR]
#                [--no-hugo]
#
# For each size: generates the site (bench/gen_site.py, cached in the work folder), checks that it
# builds with zero errors, then runs Noticeboard and Hugo alternately, each into a fresh output
# folder, and reports median wall time, CPU time (user+sys), peak RSS and pages per second; then
# the time of a rebuild after one file changed. See bench/README.md.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
sizes="1000 10000 50000"
runs=3
rebuilds=
seed=42
work="$repo/target/bench"
hugo=yes
now=2026-11-29
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --rebuilds) rebuilds="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --no-hugo) hugo=no; shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "run.sh: needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }
if [ "$hugo" = yes ] && ! command -v hugo >/dev/null; then
  echo "run.sh: hugo not found (apt-get install -y hugo), or pass --no-hugo" >&2; exit 2
fi
user_opts="${NOTICEBOARD_JAVA_OPTS:-}"
mkdir -p "$work"
work="$(cd "$work" && pwd)"
results="$work/results.tsv"
: > "$results"
: > "$work/settings.txt"

echo "building the jar (mvn package)…" >&2
(cd "$repo" && mvn -q -B -DskipTests package) >&2
nb="$repo/noticeboard"

# measure TOOL SIZE KIND LOG CMD…: runs CMD under /usr/bin/time, appends one result line
measure() {
  local tool="$1" size="$2" kind="$3" log="$4"; shift 4
  local t="$work/time.txt"
  if ! /usr/bin/time -f "%e %U %S %M" -o "$t" "$@" >"$log" 2>&1; then
    echo "run.sh: $tool failed at $size items, see $log" >&2; tail -20 "$log" >&2; exit 1
  fi
  read -r wall user sys rss < "$t"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$size" "$kind" "$wall" "$user" "$sys" "$rss" \
    >> "$results"
}

ours() { # ours SIZE KIND OUT
  measure noticeboard "$1" "$2" "$work/nb.log" "$nb" build --timings --source "$work/site-$1/content" \
    --output "$3" --theme "$repo/themes/default" --now "$now"
  pages=$(find "$3" -name '*.html' | wc -l)
  sed -i '$ s/$/\t'"$pages"'/' "$results"
}

hugo_build() { # hugo_build SIZE KIND OUT
  [ "$2" = full ] && rm -rf "$3"
  measure hugo "$1" "$2" "$work/hugo.log" hugo --quiet --source "$here/hugo-site" \
    --contentDir "$work/site-$1/content" --destination "$3" --cacheDir "$work/hugo-cache" \
    --buildFuture --buildExpired
  singles=$(find "$3" -mindepth 3 -name index.html | wc -l)
  if [ "$singles" -ne "$1" ]; then
    echo "run.sh: hugo wrote $singles item pages for $1 items" >&2; exit 1
  fi
  pages=$(find "$3" -name '*.html' | wc -l)
  sed -i '$ s/$/\t'"$pages"'/' "$results"
}

for size in $sizes; do
  site="$work/site-$size"
  stamp="$size $seed $(sha1sum "$here/gen_site.py" | cut -c1-12)"
  if [ "$(cat "$site/.stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "generating $size items…" >&2
    rm -rf "$site"
    python3 "$here/gen_site.py" "$size" "$site" --seed "$seed"
    echo "$stamp" > "$site/.stamp"
  fi
  # the heap cap: 900 MB up to 10,000 items (peak RSS then stays under the 1 GB target),
  # then 100 KB per item (with 60 KB, 50,000 items spent a third of the build in full GCs)
  if [ -z "${user_opts:-}" ]; then
    heap=$(( size * 100 / 1000 )); [ "$size" -le 10000 ] && heap=900
    export NOTICEBOARD_JAVA_OPTS="-Xmx${heap}m"
  fi
  echo "$size items: NOTICEBOARD_JAVA_OPTS=$NOTICEBOARD_JAVA_OPTS" | tee -a "$work/settings.txt" >&2
  echo "checking the $size-item site builds with zero errors…" >&2
  "$nb" check --source "$site/content" --theme "$repo/themes/default" --now "$now" \
    > "$work/check.log" 2>&1 || { cat "$work/check.log" >&2; exit 1; }
  for run in $(seq "$runs"); do
    echo "$size items, run $run of $runs…" >&2
    rm -rf "$work/out-nb" "$work/out-hugo" "$work/hugo-cache"
    ours "$size" full "$work/out-nb"
    [ "$hugo" = yes ] && hugo_build "$size" full "$work/out-hugo"
  done
  # a rebuild after one changed file: the first item file gets a new last line
  changed=$(find "$site/content" -mindepth 3 -name '*.md' | sort | sed -n 1p)
  cp "$changed" "$work/changed.bak"
  for run in $(seq "${rebuilds:-$runs}"); do
    echo "changed line $run" >> "$changed"
    ours "$size" rebuild "$work/out-nb"
    [ "$hugo" = yes ] && hugo_build "$size" rebuild "$work/out-hugo"
  done
  cp "$work/changed.bak" "$changed"
  # the incremental rebuild of the preview session (noticeboard serve), when there is one:
  # bench/ReloadBench.java saves the same file and times save -> reload event -> new page
  if [ "${rebuilds:-$runs}" -gt 0 ] && [ -f "$here/ReloadBench.java" ]; then
    id="${changed#"$site/content/"}"; id="${id%.md}"
    echo "$size items: incremental rebuilds in noticeboard serve…" >&2
    (cd "$repo" && java "$here/ReloadBench.java" target/noticeboard.jar "$site/content" "$id" \
      $(( ${rebuilds:-$runs} * 3 ))) > "$work/reload.log" 2>&1 \
      && echo "$size items, $(grep -o 'save -> .*' "$work/reload.log")" >> "$work/settings.txt" \
      || { echo "run.sh: the serve benchmark failed, see $work/reload.log" >&2; }
    cp "$work/changed.bak" "$changed"
  fi
done

cat "$work/settings.txt"
python3 - "$results" "$(nproc)" <<'EOF'
import statistics, sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
groups = {}
for tool, size, kind, wall, user, sys_, rss, pages in rows:
    groups.setdefault((int(size), kind, tool), []).append(
        (float(wall), float(user) + float(sys_), int(rss) / 1024, int(pages)))
print("\nmedians over %d run(s), %s cores; wall and CPU in seconds, peak RSS in MB"
      % (max(len(v) for v in groups.values()), sys.argv[2]))
head = ("items", "build", "tool", "wall s", "CPU s", "RSS MB", "pages", "pages/s", "ms/item",
        "hugo/ours")
print("| " + " | ".join(head) + " |")
print("|" + "---|" * len(head))
for (size, kind, tool) in sorted(groups, key=lambda k: (k[0], k[1], k[2] != "noticeboard")):
    v = groups[(size, kind, tool)]
    wall = statistics.median(x[0] for x in v)
    cpu = statistics.median(x[1] for x in v)
    rss = max(x[2] for x in v)
    pages = v[0][3]
    ratio = ""
    if tool == "noticeboard" and (size, kind, "hugo") in groups:
        # runs alternate, so each run of ours has a Hugo run beside it: the median of the ratios
        pairs = zip(groups[(size, kind, "hugo")], v)
        ratio = "%.2f" % statistics.median(h[0] / o[0] for h, o in pairs)
    print("| %d | %s | %s | %.2f | %.2f | %.0f | %d | %.0f | %.2f | %s |" % (
        size, kind, tool, wall, cpu, rss, pages, pages / wall, 1000 * wall / size, ratio))
print("\nhugo/ours: median over runs of Hugo's wall time / ours in the same run (> 1: ours "
      "faster). Raw results: " + sys.argv[1])
EOF
