#!/bin/sh
# Official reports at province scale: Thanh Hóa's yearly report with a table of its 559 communes as DOCX (with the
# decree 30/2020 lint) and PDF, three rounds in one JVM (bench/reporting/ReportingBench.java). Prints the seconds
# and writes bench/results/reporting.md. Rounds: bench/reporting/run.sh 5
# Run from the project folder after `mvn -q compile`.
set -e
cd "$(dirname "$0")/../.."
mvn -q -o -B dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP=target/classes:$(cat target/bench-classpath.txt)
rm -rf target/bench-reporting && mkdir -p target/bench-reporting
javac -nowarn -d target/bench-reporting -cp "$CP" bench/reporting/ReportingBench.java
java -Xmx${HEAP:-1g} -cp "target/bench-reporting:$CP" vn.chungsuc.bench.reporting.ReportingBench "${1:-3}" \
  bench/results/reporting.md
