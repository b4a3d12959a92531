#!/usr/bin/env sh
# Runs every benchmark (JMH, 10,000 concurrent waits against the simulator, then the trigger load of the component, a
# raw client and the official SDKs against a stub server, each client in a JVM of its own, then the shared rate limit's
# cost per trigger beside the in-memory default, over embedded PostgreSQL and Hazelcast), prints one report and
# writes it to docs/src/docs/asciidoc/_partials/performance-measured.adoc (the measured part of the performance page),
# then draws its charts from that partial (docs/src/docs/asciidoc/images/performance/*.svg and
# _partials/performance-measured-charts.adoc, which the page includes).
# About 4 minutes on 2 cores. Options pass through to Maven, e.g.
#   benchmarks/run.sh -Dbench.triggers=20000 -Dbench.slice=1000 -Dbench.concurrency=128 -Dbench.waits=10000 -Dbench.skipJmh=true
# Profile the trigger clients (one recording per client JVM; then java -cp ... io.workflowrun.benchmarks.ProfileSummary):
#   benchmarks/run.sh -Dbench.skipJmh=true -Dbench.waits=0 -Dbench.report=/tmp/p.adoc \
#     "-Dbench.clientJvmArg=-XX:StartFlightRecording=settings=profile,method-profiling=max,filename=/tmp/{client}.jfr"
# The shared rate limit's cost alone (its section of the partial; the charts drawn again):
#   benchmarks/run.sh -Dbench.skipJmh=true -Dbench.skipLoad=true -Dbench.sharedLimitTriggers=5000 -Dbench.sharedLimitRounds=5
# Draw the charts again from the partial alone, measuring nothing:
#   benchmarks/run.sh -Dbench.skipJmh=true -Dbench.skipLoad=true -Dbench.skipSharedLimit=true
# Which stub server is lightest: benchmarks/run.sh -Dbench.skipJmh=true -Dbench.skipLoad=true -Dbench.skipTargetComparison=false
set -e
cd "$(dirname "$0")/.."
exec ./mvnw -B -q -pl benchmarks -am verify -DskipTests -Pbench "$@"
