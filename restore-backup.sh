#!/usr/bin/env bash
# Brings an online backup back as a new data folder and verifies it (it opens with the key; the audit chain is intact):
#   ./restore-backup.sh backups/backup-20261207T020000Z data-restored
# Uses the same key settings as the server: DAP_KEYS_DIR (default ./keys) or DAP_DB_BOOT_KEY. Never writes over a
# database. Then start the server on it with DAP_DATA_DIR=data-restored. Exit code 0: restored and verified; 1: restored
# but the audit chain is broken; 2: not restored. Build first with: mvn -q -DskipTests install
set -euo pipefail
if [ $# -ne 2 ]; then
    echo "Give the backup folder and a new data folder: $0 backups/backup-20261207T020000Z data-restored" >&2
    exit 2
fi
# Paths as the caller gave them, before moving to the project folder for the classes.
backup=$(realpath -m "$1")
target=$(realpath -m "$2")
cd "$(dirname "$0")"
exec java -Duser.timezone=UTC -cp "server/target/classes:shared/target/classes:server/target/cli-lib/*" \
    uk.dap.server.backup.application.RestoreCommand "$backup" "$target"
