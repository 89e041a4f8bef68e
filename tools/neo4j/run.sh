#!/usr/bin/env bash
# Runs Neo4j 5 Community (through Neo4j's test harness) for the Accountability Graph.
#   tools/neo4j/run.sh --data DIR [--port N] [--password P] [--pagecache-mb N]
# The password comes from --password or the environment's NEO4J_PASSWORD (at least 8 characters).
# Prints one line, bolt://127.0.0.1:PORT, on stdout when ready; logs go to stderr and DIR/logs/.
# SIGTERM (or Ctrl-C) stops it cleanly with exit code 0. Heap: NEO4J_HEAP (default 512m).
# Builds the launcher first if its jar is missing or older than its sources (needs Java 17+ and Maven).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/neo4j-launcher.jar"
if [ ! -f "$jar" ] || [ ! -d "$here/target/lib" ] \
   || [ -n "$(find "$here/pom.xml" "$here/src" -newer "$jar" -print -quit)" ]; then
  mvn -B -q -f "$here/pom.xml" package -DskipTests >&2
fi
# -Xlog: the JVM's own warnings go to stderr, not stdout, which carries only the bolt line.
exec java "-Xmx${NEO4J_HEAP:-512m}" -Xlog:disable -Xlog:all=warning:stderr -jar "$jar" "$@"
