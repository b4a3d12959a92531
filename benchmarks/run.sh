#!/usr/bin/env sh
# Runs every benchmark (JMH, trigger load against the official SDKs and a raw client, 10,000 concurrent waits), prints
# one report and writes it to docs/src/docs/asciidoc/_partials/performance-measured.adoc (the measured part of the
# performance page). About 3 minutes on 2 cores. Options pass through to Maven, e.g.
#   benchmarks/run.sh -Dbench.triggers=20000 -Dbench.concurrency=128 -Dbench.waits=10000 -Dbench.skipJmh=true
set -e
cd "$(dirname "$0")/.."
exec ./mvnw -B -q -pl benchmarks -am verify -DskipTests -Pbench "$@"
