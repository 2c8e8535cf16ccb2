#!/usr/bin/env bash
# Runs every command in README.md's ```sh blocks, as written, in a fresh clone of this commit:
# a command that fails fails CI. Commands that serve forever (`npm start`, `trellis serve`) are
# started in the background, probed with curl and stopped; `npm test` is left to .ci/run, which
# runs it in this checkout. A few results are checked beyond the exit code (the export carries
# measures, `sna metrics`, `spc` and `jigsaw` print JSON).
#
# Usage: .ci/readme-commands.sh [CLONE_DIR]   (default: a new temporary folder, removed at the end)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
commit=$(git -C "$repo" rev-parse HEAD)
clone=${1:-$(mktemp -d /tmp/trellis-readme.XXXXXX)}
[ -n "${1:-}" ] || trap 'rm -rf "$clone"' EXIT

# The commands run with the defaults (PGlite in ./data of the clone), on a port of their own.
unset DATABASE_URL TRELLIS_DATA_DIR TRELLIS_PUBLIC_URL
export PORT=${README_COMMANDS_PORT:-3917}

git clone --quiet "$repo" "$clone"
git -C "$clone" checkout --quiet --detach "$commit"
cd "$clone"
echo "README commands, in a fresh clone of ${commit:0:12} at $clone (port $PORT)"

# Every line of every ```sh block, without its comment.
mapfile -t commands < <(awk '/^```sh$/ { inside = 1; next } /^```/ { inside = 0 } inside' README.md |
  sed -E 's/[[:space:]]+#.*$//; s/^[[:space:]]+//' | grep -v '^$')
[ "${#commands[@]}" -gt 0 ] || { echo "README.md has no sh commands" >&2; exit 1; }

fail() {
  echo "FAILED: $1" >&2
  exit 1
}

# Starts a command that serves forever in its own process group, waits for /api/health, stops it.
serve_and_probe() {
  local command=$1 log=$clone/.serve.log
  setsid bash -c "$command" >"$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 900); do
    if curl -fsS "http://127.0.0.1:$PORT/api/health" 2>/dev/null | grep -q '"ok"'; then break; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      cat "$log" >&2
      fail "$command stopped before it answered"
    fi
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$PORT/api/health" >/dev/null || { cat "$log" >&2; fail "$command never answered /api/health"; }
  curl -fsS "http://127.0.0.1:$PORT/" | grep -qi '<html' || fail "$command does not serve the web app"
  # Stop the whole group (npm, node) and wait until it is gone: the server lets go of ./data last.
  kill -TERM -- "-$pid"
  wait "$pid" || true
  for _ in $(seq 1 120); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$pid" 2>/dev/null || true
  grep -q 'Trellis is running at' "$log" || { cat "$log" >&2; fail "$command did not say where it runs"; }
}

for command in "${commands[@]}"; do
  echo "\$ $command"
  started=$SECONDS
  case "$command" in
    'npm test')
      echo '  (run by .ci/run in the checkout itself)'
      continue
      ;;
    *'npm start'* | *'trellis serve'*)
      # `npm ci && npm start`: what comes before the server runs in the foreground.
      before=${command%&&*}
      if [ "$before" != "$command" ]; then
        output=$(bash -c "$before" 2>&1) || { echo "$output" >&2; fail "$before"; }
      fi
      serve_and_probe "${command##*&& }"
      ;;
    *)
      output=$(timeout 900 bash -c "$command" 2>&1) || { echo "$output" >&2; fail "$command"; }
      echo "$output" | head -n 3 | sed 's/^/  /'
      ;;
  esac
  case "$command" in
    *'trellis export network'*)
      out=$(echo "$command" | sed -nE 's/.*--out ([^ ]+).*/\1/p')
      grep -q 'betweenness' "$out" || fail "$out has no measures"
      ;;
    *'trellis sna metrics'*)
      echo "$output" | node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); if (!r.nodes?.length) process.exit(1)' ||
        fail "$command did not print measures"
      ;;
    *'trellis spc'*)
      echo "$output" | node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); if (!r.points?.length || !r.runs) process.exit(1)' ||
        fail "$command did not print an analysis"
      ;;
    *'trellis jigsaw'*)
      echo "$output" | node -e 'const r = JSON.parse(require("fs").readFileSync(0, "utf8")); if (!r.homeGroups?.length || !r.mixing?.random) process.exit(1)' ||
        fail "$command did not print groups"
      ;;
  esac
  echo "  ok ($((SECONDS - started)) s)"
done
echo "Every README command ran."
