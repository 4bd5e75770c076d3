#!/usr/bin/env bash
# Serves the database in ./data with a stock Apache Jena Fuseki 5.6.0 and fuseki/config.ttl, unchanged.
#
#   fuseki/stock-server.sh [--port PORT] [--passwd FILE]     (from the project folder)
#
# The jars come from Maven Central through Maven (jena-fuseki-server 5.6.0, and lucene-analysis-smartcn
# 9.12.2 for the Chinese analyzer the text index uses) and are kept in $FUSEKI_JARS (default
# ~/.cache/bulletin-kg/fuseki-5.6.0). The server listens on localhost only; its run area goes to
# $FUSEKI_BASE (default: a new temporary folder). With --passwd FILE (lines "user: password") the users
# in FILE may write through /kg/update and /kg/data (HTTP Basic); without it writes are refused (403).
# Administration pages are closed unless fuseki/shiro.ini is given a user.
set -euo pipefail

FUSEKI_VERSION=5.6.0
SMARTCN_VERSION=9.12.2
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

port=3030
passwd=()
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --passwd) passwd=(--passwd="$2" --auth=basic); shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

[ -f fuseki/config.ttl ] || { echo "run this from the project folder (fuseki/config.ttl not found)" >&2; exit 2; }
[ -d data ] || { echo "no database in ./data: run 'java -jar target/bulletin-kg.jar build samples' first" >&2; exit 2; }

jars="${FUSEKI_JARS:-$HOME/.cache/bulletin-kg/fuseki-$FUSEKI_VERSION}"
server_jar="$jars/jena-fuseki-server-$FUSEKI_VERSION.jar"
smartcn_jar="$jars/lucene-analysis-smartcn-$SMARTCN_VERSION.jar"
if [ ! -f "$server_jar" ] || [ ! -f "$smartcn_jar" ]; then
  mkdir -p "$jars"
  mvn -B -q -ntp "$DEPENDENCY_PLUGIN:copy" -DoutputDirectory="$jars" \
    -Dartifact="org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION"
  mvn -B -q -ntp "$DEPENDENCY_PLUGIN:copy" -DoutputDirectory="$jars" \
    -Dartifact="org.apache.lucene:lucene-analysis-smartcn:$SMARTCN_VERSION"
fi

export FUSEKI_BASE="${FUSEKI_BASE:-$(mktemp -d)}"
# The server jar's own main class, run with -cp so that smartcn is on the classpath beside it.
exec java -cp "$server_jar:$smartcn_jar" org.apache.jena.fuseki.main.cmds.FusekiServerCmd \
  --config=fuseki/config.ttl --shiro=fuseki/shiro.ini --localhost --port="$port" ${passwd[@]+"${passwd[@]}"}
