package vn.chungsuc.bench.jmh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.chungsuc.campaign.Population;
import vn.chungsuc.indicators.domain.Fact;
import vn.chungsuc.indicators.domain.Fraction;
import vn.chungsuc.indicators.domain.Placement;
import vn.chungsuc.indicators.domain.RollUp;
import vn.chungsuc.territory.Setting;
import vn.chungsuc.territory.UnitLevel;

/**
 * Building one figure set of a province: the facts of its 6,436 residential areas (the benchmark's Thanh Hóa: 27
 * districts, 559 communes) added up to every commune, district, the province and the country, in the whole, rural
 * and urban populations. The dashboard builds one such set per indicator and period the first time it is asked for;
 * after that a write changes it by differences.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RollUpBenchmark {

    private List<Fact> facts;
    private Map<String, Optional<Placement>> placements;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(38);
        facts = new ArrayList<>();
        placements = new HashMap<>();
        for (int d = 0; d < 27; d++) {
            String district = "38" + String.format("%02d", d);
            for (int c = 0; c < 559 / 27 + (d < 559 % 27 ? 1 : 0); c++) {
                String commune = district + String.format("%03d", c);
                Setting setting = random.nextInt(5) == 0 ? Setting.URBAN : Setting.RURAL;
                for (int a = 0; a < 6_436 / 559 + (c % 3 == 0 ? 1 : 0); a++) {
                    String area = commune + "-" + String.format("%02d", a + 1);
                    long households = 80 + random.nextInt(250);
                    facts.add(new Fact(area, setting, new Fraction(households * 7 / 10, households)));
                    placements.put(area, Optional.of(new Placement(area,
                            "/VN/38/" + district + "/" + commune + "/" + area + "/", UnitLevel.RESIDENTIAL_AREA,
                            setting)));
                }
            }
        }
    }

    @Benchmark
    public Map<Population, Map<String, Fraction>> province() {
        return RollUp.of(facts, placements::get);
    }
}
