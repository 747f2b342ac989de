#!/usr/bin/env bash
# Measures the REST service against its own database, in one run on this machine:
#   wrk     GET /api/v1/models/{id} and GET /api/v1/models/active?domain=nfl, 4 connections, 10 s each
#   pgbench the same SELECT statements on the same database, 4 clients, 10 s each
# and prints a Markdown section with both throughputs, their ratio and the service's latency percentiles.
# Everything runs on 127.0.0.1, in a throw-away folder; nothing else is contacted.
#
# Usage: adapters-rest/benchmark/run-benchmark.sh [seconds per measurement, default 10]
set -euo pipefail
cd "$(dirname "$0")/../.."

SECONDS_EACH="${1:-10}"
LOAD_BEFORE="$(cut -d " " -f 1-3 /proc/loadavg)"
CONNECTIONS=4
HTTP_PORT="${BENCH_HTTP_PORT:-18480}"
PG_PORT="${BENCH_PG_PORT:-18481}"
WORK="$(mktemp -d /tmp/precog-rest-bench.XXXXXX)"
API="http://127.0.0.1:$HTTP_PORT/api/v1"
BENCH_DIR=adapters-rest/benchmark

for tool in wrk pgbench curl java mvn; do
    if ! command -v "$tool" > /dev/null; then
        echo "missing $tool; on Debian: apt-get update && apt-get install -y wrk postgresql-15 curl" >&2
        exit 1
    fi
done

service_pid=""
stop_service() {
    if [ -n "$service_pid" ] && kill -0 "$service_pid" 2> /dev/null; then
        kill "$service_pid"
        wait "$service_pid" 2> /dev/null || true
    fi
    rm -rf "$WORK"
}
trap stop_service EXIT

echo "Starting the service on 127.0.0.1:$HTTP_PORT with embedded PostgreSQL on 127.0.0.1:$PG_PORT" >&2
PORT="$HTTP_PORT" ./precog-rest \
    --precog.database.embedded-data-folder="$WORK/postgres" \
    --precog.database.embedded-port="$PG_PORT" \
    --precog.security.local-issuer.key-file="$WORK/key.json" \
    --logging.level.root=warn > "$WORK/service.log" 2>&1 &
service_pid=$!
for _ in $(seq 1 180); do
    if curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health" > /dev/null; then
        break
    fi
    sleep 1
done
curl -sf "http://127.0.0.1:$HTTP_PORT/actuator/health" > /dev/null || { cat "$WORK/service.log" >&2; exit 1; }

TOKEN="$(./precog-rest token --subject benchmark --scopes all --key-file "$WORK/key.json")"
AUTH="Authorization: Bearer $TOKEN"
JSON="Content-Type: application/json"

echo "Seeding 100 versions of 10 models in domain nfl, one active version each" >&2
for name in $(seq 0 9); do
    for minor in $(seq 0 9); do
        id="$(curl -sf -o /dev/null -D - -X POST "$API/models" -H "$AUTH" -H "$JSON" -d "{\"model_name\":\"elo_$name\",
            \"model_version\":\"v1.$minor\",\"model_class\":\"elo\",\"domain\":\"nfl\",
            \"config\":{\"k_factor\":20.0,\"home_advantage\":65,\"revert\":0.33,\"weights\":[0.1,0.2,0.7]}}" \
            | tr -d '\r' | sed -n 's|^[Ll]ocation: .*/models/||p')"
        if [ "$minor" = 9 ]; then
            curl -sf -X POST "$API/models/$id/status" -H "$AUTH" -H "$JSON" -d '{"status":"testing"}' > /dev/null
            curl -sf -X POST "$API/models/$id/status" -H "$AUTH" -H "$JSON" -d '{"status":"active"}' > /dev/null
        fi
    done
done
MODEL_ID=50
PG_VERSION="$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d precog -tAc 'SHOW server_version')"
PG="pgbench -n -M prepared -c $CONNECTIONS -j 2 -T $SECONDS_EACH -h 127.0.0.1 -p $PG_PORT -U postgres precog"
WRK="wrk -t 2 -c $CONNECTIONS -d ${SECONDS_EACH}s --latency -H"

echo "Warming up the service (JIT) for ${SECONDS_EACH} s per endpoint" >&2
$WRK "$AUTH" "$API/models/$MODEL_ID" > /dev/null
$WRK "$AUTH" "$API/models/active?domain=nfl" > /dev/null

measure_wrk() {
    local output
    output="$($WRK "$AUTH" "$1")"
    echo "$output" >&2
    local rps p50 p99 errors
    rps="$(echo "$output" | awk '/Requests\/sec/ {print $2}')"
    p50="$(echo "$output" | awk '$1 == "50%" {print $2}')"
    p99="$(echo "$output" | awk '$1 == "99%" {print $2}')"
    errors="$(echo "$output" | awk '/Non-2xx/ {print $5}')"
    echo "$rps $p50 $p99 ${errors:-0}"
}

measure_pgbench() {
    local output
    output="$($PG -D model_id="$MODEL_ID" -f "$1" 2>&1)"
    echo "$output" >&2
    local tps latency
    tps="$(echo "$output" | awk '/^tps/ {print $3; exit}')"
    latency="$(echo "$output" | awk '/latency average/ {print $4 " " $5}')"
    echo "$tps $latency"
}

read -r by_id_rps by_id_p50 by_id_p99 by_id_errors <<< "$(measure_wrk "$API/models/$MODEL_ID")"
read -r by_id_tps by_id_pg_latency by_id_pg_unit <<< "$(measure_pgbench "$BENCH_DIR/by-id.sql")"
read -r active_rps active_p50 active_p99 active_errors <<< "$(measure_wrk "$API/models/active?domain=nfl")"
read -r active_tps active_pg_latency active_pg_unit <<< "$(measure_pgbench "$BENCH_DIR/active.sql")"

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

cpu="$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
memory="$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
cat <<REPORT

### REST service against its database ($(date -u +%Y-%m-%d))

Command: \`adapters-rest/benchmark/run-benchmark.sh $SECONDS_EACH\` (wrk and pgbench in one run, one after
the other, each for $SECONDS_EACH s with $CONNECTIONS connections after a $SECONDS_EACH s warm-up of the service).

Machine: $(nproc) cores, $cpu, $memory; load average before the run: $LOAD_BEFORE.
Service: the Spring Boot jar, JWT checked on every request, on embedded PostgreSQL $PG_VERSION; pgbench $(pgbench --version | awk '{print $3}').

| query | service (wrk) req/s | PostgreSQL (pgbench) tps | ratio | service p50 | service p99 | pgbench mean latency | non-2xx |
|---|---|---|---|---|---|---|---|
| GET /api/v1/models/{id} | $by_id_rps | $by_id_tps | $(ratio "$by_id_rps" "$by_id_tps") | $by_id_p50 | $by_id_p99 | $by_id_pg_latency $by_id_pg_unit | $by_id_errors |
| GET /api/v1/models/active?domain=nfl (10 rows) | $active_rps | $active_tps | $(ratio "$active_rps" "$active_tps") | $active_p50 | $active_p99 | $active_pg_latency $active_pg_unit | $active_errors |
REPORT
