#!/usr/bin/env bash
# Runs the tests, all or some (docs/operations.md, "Test suite"):
#   ./test.sh                 everything: the README's test command
#   ./test.sh server          the server's unit and integration tests (shared's too), no GUI
#   ./test.sh ReportIT        one test class, by its simple name, wherever it lives (an IT, a unit test, a GUI test)
#   ./test.sh ReportIT#name   one test method
# GUI tests need a display: under Xvfb when xvfb-run is there (apt-get install -y xvfb xauth).
set -euo pipefail
cd "$(dirname "$0")"

with_display() {
    if command -v xvfb-run >/dev/null 2>&1; then
        xvfb-run -a -s "-screen 0 1280x800x24" "$@"
    else
        "$@"
    fi
}

case "${1:-all}" in
    all)
        with_display mvn -B verify
        ;;
    server)
        mvn -B verify -pl server-it -am
        ;;
    *)
        class="${1%%#*}"
        file=$(find shared server server-it kiosk-client -path '*/src/test/java/*' -name "$class.java" | head -1)
        if [ -z "$file" ]; then
            echo "No test class called $class under */src/test/java" >&2
            exit 2
        fi
        module="${file%%/*}"
        # The classes that stop and restart their server run in their own module, on a display of their own.
        if grep -q '@Tag(Screens.OFFLINE)' "$file"; then
            module=kiosk-client-offline
        fi
        # Only the class asked for: other modules' tests are filtered out, and Maven is told that is fine.
        skip="-Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false"
        if [[ "$class" == *IT ]]; then
            mvn -B verify -pl "$module" -am -Dit.test="$1" -Dtest=NoUnitTests $skip
        else
            with_display mvn -B verify -pl "$module" -am -DskipITs -Dtest="$1" $skip
        fi
        ;;
esac
