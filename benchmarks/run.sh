#!/usr/bin/env sh
# Runs every benchmark (JMH, trigger load against the official SDKs and a raw client, 10,000 concurrent waits), prints
# one table and writes it to docs/performance.md. About 3 minutes on 2 cores. Options pass through to Maven, e.g.
#   benchmarks/run.sh -Dbench.triggers=20000 -Dbench.concurrency=128 -Dbench.waits=10000 -Dbench.skipJmh=true
set -e
cd "$(dirname "$0")/.."
exec ./mvnw -B -q -pl benchmarks -am verify -DskipTests -Pbench "$@"
