#!/usr/bin/env bash
# Starts the test JVM (TEST_JAVA, with the arguments Maven gives) on an X display of its own under Xvfb, so that these GUI
# tests run beside kiosk-client's without the two robots sharing a pointer. Without xvfb-run it starts java as it is.
java="${TEST_JAVA:-java}"
if command -v xvfb-run >/dev/null 2>&1; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$java" "$@"
fi
exec "$java" "$@"
