#!/usr/bin/env bash
# Builds the service and starts it with its embedded defaults: encrypted Derby in ./data, keys in ./keys, demo data,
# on http://localhost:8080/. When a display is present it also opens the client in staff mode.
# Stop with Ctrl-C: the server shuts Derby down cleanly.
set -euo pipefail
cd "$(dirname "$0")"
PORT="${PORT:-8080}"

echo "Building (first time: a few minutes while Maven downloads Payara Micro and the libraries)..."
mvn -B -q -DskipTests install

mkdir -p .run/tmp
java -Xmx512m -Djava.awt.headless=true -Duser.timezone=UTC -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl -Djava.io.tmpdir="$PWD/.run/tmp" -Ddap.demo="${DAP_DEMO:-true}" \
    -jar server/target/payara-micro.jar --nocluster --port "$PORT" --contextroot / \
    --prebootcommandfile server/target/pre-boot-commands.txt --deploy server/target/dap-server.war &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT INT TERM

echo "Waiting for the server to be ready..."
for _ in $(seq 1 180); do
    if curl -fs "http://localhost:$PORT/health/ready" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then echo "The server stopped during start-up; see the log above." >&2; exit 1; fi
    sleep 1
done
echo "Ready: http://localhost:$PORT/api (OpenAPI at /openapi, health at /health). Demo sign-ins are printed above."

if [ -n "${DISPLAY:-}" ]; then
    java -jar kiosk-client/target/dap-kiosk-client.jar --mode staff --server "http://localhost:$PORT/" &
fi
wait "$server"
