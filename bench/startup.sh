#!/usr/bin/env bash
# Whole-process start-up figures: seconds from `./senim server` to the first HTTP 200 on /, and the
# server's resident memory then. Usage: bench/startup.sh [data-dir]   (uses port 18080)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
data="${1:-$(mktemp -d)}"
mkdir -p "$data"
port=18080
start=$(date +%s.%N)
SENIM_DATA_DIR="$data" SENIM_PORT=$port "$root/senim" server >"$data/server.log" 2>&1 &
launcher=$!
until curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/" 2>/dev/null | grep -q 200; do
  kill -0 "$launcher" 2>/dev/null || { echo "server exited; see $data/server.log" >&2; exit 1; }
  sleep 0.1
done
end=$(date +%s.%N)
pid=$(pgrep -f "senim-app.jar" | head -1)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
pg_kb=$(for p in $(pgrep -f "$data/postgres" || true); do awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null; done | awk '{s+=$1} END {print s+0}')
awk -v s="$start" -v e="$end" -v r="$rss_kb" -v p="$pg_kb" -v d="$data" \
  'BEGIN { printf "first_200_seconds=%.1f jvm_rss_mib=%d postgres_rss_mib=%d data_dir=%s\n", e - s, r / 1024, p / 1024, d }'
kill -TERM "$pid"
wait "$launcher" 2>/dev/null || true
