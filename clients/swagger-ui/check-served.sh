#!/usr/bin/env bash
# The Swagger UI the service itself serves renders the contract: starts the packaged jar (prod profile, embedded
# PostgreSQL in a fresh target/swagger-ui-check) with QUARKUS_SWAGGER_UI_ENABLED=true and runs check.mjs on its
# /q/swagger-ui/ (Quarkus' own Swagger UI, loading the contract from /q/openapi), then stops the jar whatever
# happens. .ci/run runs it after check.mjs on swagger-ui-dist; locally:
#   ./mvnw package -DskipTests && bash clients/swagger-ui/check-served.sh     # log: target/swagger-ui-check/service.log
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] || { echo "no $jar: build first with ./mvnw package -DskipTests" >&2; exit 1; }
work=target/swagger-ui-check
rm -rf "$work"
mkdir -p "$work"

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
(
  unset QUARKUS_PROFILE
  # the prod profile needs WeChat credentials to start; nothing here signs in, so they are never used
  export PORT="$port" GONGHUI_DATA_DIR="$PWD/$work/data" GONGHUI_EMBEDDED_DB=true \
    GONGHUI_WECHAT_APP_ID=wx-swagger-ui-check GONGHUI_WECHAT_SECRET=swagger-ui-check-secret \
    QUARKUS_SWAGGER_UI_ENABLED=true
  exec java -Xmx512m -jar "$jar"
) >"$work/service.log" 2>&1 &
service=$!
stop() {
  kill -TERM "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
}
trap stop EXIT

export SWAGGER_UI="http://localhost:$port/q/swagger-ui/"
for _ in $(seq 600); do
  node -e 'fetch(process.env.SWAGGER_UI).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' && break
  kill -0 "$service" 2>/dev/null || { echo "the jar stopped at start:" >&2; tail -30 "$work/service.log" >&2; exit 1; }
  sleep 0.2
done
node -e 'fetch(process.env.SWAGGER_UI).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' || {
  echo "the jar did not serve $SWAGGER_UI within a few minutes:" >&2
  tail -30 "$work/service.log" >&2
  exit 1
}
node clients/swagger-ui/check.mjs --url "$SWAGGER_UI"
