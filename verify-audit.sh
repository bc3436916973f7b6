#!/usr/bin/env bash
# Checks the audit chain of a stopped server's database (embedded Derby admits one process at a time).
# Uses the same settings as the server: DAP_DATA_DIR (default ./data), DAP_KEYS_DIR (default ./keys), DAP_DB_BOOT_KEY.
# Exit code 0: intact; 1: tampered; 2: could not check. Build first with: mvn -q -DskipTests install
set -euo pipefail
cd "$(dirname "$0")"
exec java -Duser.timezone=UTC -cp "server/target/classes:shared/target/classes:server/target/cli-lib/*" \
    uk.dap.server.audit.application.AuditVerifyCommand
