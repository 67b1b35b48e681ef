#!/bin/sh
# Fund for the Poor: parse and match a generated 100,000-line Vietcombank statement (bench/fund/StatementBench.java),
# three rounds in one JVM (the first includes the JIT's warm-up). N lines: bench/fund/run.sh 200000
# Run from the project folder after `mvn -q compile`.
set -e
cd "$(dirname "$0")/../.."
mvn -q -o -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP=target/classes:$(cat target/bench-classpath.txt)
rm -rf target/bench-fund && mkdir -p target/bench-fund
javac -nowarn -d target/bench-fund -cp "$CP" bench/fund/StatementBench.java
java -Xmx${HEAP:-1g} -cp "target/bench-fund:$CP" vn.chungsuc.bench.fund.StatementBench "$@"
