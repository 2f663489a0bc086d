#!/usr/bin/env bash
# The scenario through the generated TypeScript client, against the packaged jar:
#   ./mvnw package -DskipTests && bash clients/typescript/run-scenario.sh
# Installs TypeScript into .ci/.tools, compiles the client the build generated (target/typescript-client)
# and the scenario with tsc --strict, starts the WeChat stand-in and the jar (prod profile, embedded
# PostgreSQL in a fresh target/scenario), runs the scenario and stops both, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=target/quarkus-app/quarkus-run.jar
[ -f "$jar" ] && [ -f target/typescript-client/index.ts ] || {
  echo "no $jar or target/typescript-client: build first with ./mvnw package -DskipTests" >&2
  exit 1
}
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || { echo "the scenario needs Node.js 20 or later (global fetch); this is $(node --version)" >&2; exit 1; }
tools=".ci/.tools"
mkdir -p "$tools"
npm install --prefix "$tools" --no-audit --no-fund --loglevel=error typescript@5.9.3 @types/node@20.19.43 >/dev/null
rm -rf target/typescript-scenario target/scenario
"$tools/node_modules/.bin/tsc" -p clients/typescript/tsconfig.json
echo "compiled the generated client and the scenario with tsc --strict"

work=target/scenario
mkdir -p "$work"
pids=()
stop() {
  for pid in "${pids[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop EXIT

compiled=target/typescript-scenario/clients/typescript
node "$compiled/wechat-stand-in.js" >"$work/wechat.log" 2>&1 &
pids+=($!)
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
for _ in $(seq 50); do grep -q 'on port' "$work/wechat.log" && break; sleep 0.1; done
wechat_port=$(sed -n 's/.*on port \([0-9]*\).*/\1/p' "$work/wechat.log")
port=$(free_port)

export GONGHUI_BOOTSTRAP_ADMIN_USERNAME=scenario-admin GONGHUI_BOOTSTRAP_ADMIN_PASSWORD="Scenario-Granite-$RANDOM$RANDOM"
(
  unset QUARKUS_PROFILE
  export PORT="$port" GONGHUI_DATA_DIR="$PWD/$work/data" GONGHUI_EMBEDDED_DB=true \
    GONGHUI_WECHAT_APP_ID=wx-scenario GONGHUI_WECHAT_SECRET=scenario-secret \
    GONGHUI_WECHAT_API_HOST="http://127.0.0.1:$wechat_port"
  exec java -Xmx512m -jar "$jar"
) >"$work/service.log" 2>&1 &
pids+=($!)
export GONGHUI_API="http://localhost:$port"
ready=false
for _ in $(seq 600); do
  if node -e 'fetch(process.env.GONGHUI_API+"/api/v1/streets").then(r=>process.exit(r.ok?0:1),()=>process.exit(1))'; then
    ready=true
    break
  fi
  kill -0 "${pids[1]}" 2>/dev/null || { echo "the jar stopped at start:" >&2; tail -30 "$work/service.log" >&2; exit 1; }
  sleep 0.2
done
$ready || { echo "the jar did not answer within a few minutes:" >&2; tail -30 "$work/service.log" >&2; exit 1; }
echo "the jar answers on port $port (WeChat stand-in on $wechat_port)"

node "$compiled/scenario.js" || {
  echo "the scenario failed; the service's log: $work/service.log" >&2
  tail -20 "$work/service.log" >&2
  exit 1
}
