#!/usr/bin/env bash
# JMH benchmarks of single operations inside the JVM (bench/jmh): bench/jmh.sh [JMH options, e.g. a name regex]
# Prints JMH's table; with no option, runs all with 3 warm-up and 5 measured iterations of 1 s, one fork.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -Pbench -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt
CP=target/classes:$(cat target/jmh-classpath.txt)
rm -rf target/jmh-classes && mkdir -p target/jmh-classes
javac -nowarn -d target/jmh-classes -cp "$CP" $(find bench/jmh -name '*.java')
if [ $# -eq 0 ]; then set -- -wi 3 -i 5 -w 1s -r 1s -f 1; fi
java -cp "target/jmh-classes:$CP" org.openjdk.jmh.Main "$@"
