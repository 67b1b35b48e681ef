package vn.chungsuc.bench.jmh;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.chungsuc.poverty.domain.Area;
import vn.chungsuc.poverty.domain.Decision;
import vn.chungsuc.poverty.domain.IndicatorDefinition;
import vn.chungsuc.poverty.domain.PovertyPolicy;
import vn.chungsuc.poverty.domain.Standard;

/**
 * One household classified, with its reasons in Vietnamese, under NĐ 07/2021 (income and deprivations) and under
 * the score form of TT 07/2021: what the household's explanation page and the what-if panel compute per request.
 * The whole-year reclassification runs as one SQL statement instead (bench/run.sh measures it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PovertyPolicyBenchmark {

    private static final List<String> ND07 = List.of("EMPLOYMENT", "DEPENDANTS", "NUTRITION", "HEALTH_INSURANCE",
            "ADULT_EDUCATION", "CHILD_SCHOOL_ATTENDANCE", "HOUSING_QUALITY", "HOUSING_AREA", "WATER_SOURCE",
            "LATRINE", "TELECOM_USE", "INFORMATION_DEVICES");

    private Standard standard;
    private long[] incomes;
    private List<List<String>> deprivations;
    private int next;

    @Setup
    public void setUp() {
        List<IndicatorDefinition> indicators = IntStream.range(0, ND07.size()).mapToObj(i ->
                new IndicatorDefinition(ND07.get(i), i, i + 1, "d", ND07.get(i), "thiếu hụt", true)).toList();
        standard = new Standard("ND07_2021", "2022–2025", "NĐ 07/2021/NĐ-CP", "TT 07/2021", 2022, 2026, null, null,
                1_500_000, 2_000_000, 3, null, null, 140, 175, 30, 10, true, null, indicators);
        SplittableRandom random = new SplittableRandom(7);
        incomes = new long[1024];
        deprivations = new java.util.ArrayList<>();
        for (int i = 0; i < incomes.length; i++) {
            incomes[i] = 800_000 + random.nextLong(2_000_000);
            int count = random.nextInt(6);
            deprivations.add(ND07.subList(0, count));
        }
    }

    @Benchmark
    public Decision byIncome() {
        int i = next++ & 1023;
        return PovertyPolicy.byIncome(standard, (i & 1) == 0 ? Area.RURAL : Area.URBAN, incomes[i],
                deprivations.get(i));
    }

    @Benchmark
    public Decision byScore() {
        int i = next++ & 1023;
        return PovertyPolicy.byScore(standard, (i & 1) == 0 ? Area.RURAL : Area.URBAN, 100 + (i % 100), i % 80);
    }
}
