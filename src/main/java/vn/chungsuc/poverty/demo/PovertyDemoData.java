package vn.chungsuc.poverty.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.poverty.domain.Area;
import vn.chungsuc.poverty.domain.IndicatorDefinition;
import vn.chungsuc.poverty.domain.PovertyStatistics;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.poverty.domain.SetClassifier;
import vn.chungsuc.poverty.domain.Standard;
import vn.chungsuc.poverty.domain.Standards;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.Setting;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;
import vn.chungsuc.shared.startup.DemoData;

/**
 * Bỉm Sơn's periodic reviews 2016–2025: for each year and commune a decided round (six steps done by the demo's
 * officers), a survey of every household living there at the decision (income per person and deprivations under
 * the standard of the list's year) and the list the set classifier decides from it. The answers are drawn so that
 * the town's poor-household rate follows a realistic path: 5.6% (2016), 4.8%, 3.6%, 2.4%, 1.4% (2020, the path the
 * indicators demo entered before), then the late-2021 review under NĐ 07/2021 raises it to about 2.9%, and it falls
 * below 1% by 2025. Rural households (xã Quang Trung, xã Hà Lan) are about twice as likely to be poor as urban
 * ones. A household keeps its latent standing from year to year with a little noise, so there are exits and a few
 * falls back. The registry opens on 1/1/2017: the 2016 review lists the households found then.
 *
 * <p>Every household is surveyed every year (a census-style demo, larger than a real review, which lists only the
 * current poor and near-poor and the applicants) so that "reclassify the whole demo" has something to measure.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "chungsuc.poverty.demo", havingValue = "true", matchIfMissing = true)
class PovertyDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(PovertyDemoData.class);
    static final int FIRST = 2016;
    static final int LAST = 2025;
    /** The town's poor and near-poor rates (percent) the reviews of 2016–2025 aim at. */
    static final double[] POOR = {5.6, 4.8, 3.6, 2.4, 1.4, 2.9, 2.1, 1.5, 1.0, 0.8};
    static final double[] NEAR_POOR = {6.5, 6.0, 5.4, 4.6, 3.9, 4.8, 4.2, 3.6, 3.0, 2.6};

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transaction;
    private final TerritoryApi territory;
    private final RegistryApi registry;
    private final Standards standards;
    private final SetClassifier classifier;
    private final PovertyStatistics statistics;
    private final Rounds reviews;

    PovertyDemoData(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions,
            TerritoryApi territory, RegistryApi registry, Standards standards, SetClassifier classifier,
            PovertyStatistics statistics, Rounds reviews) {
        this.jdbc = jdbc;
        this.template = template;
        this.transaction = new TransactionTemplate(transactions);
        this.territory = territory;
        this.registry = registry;
        this.standards = standards;
        this.classifier = classifier;
        this.statistics = statistics;
        this.reviews = reviews;
    }

    @Override
    public void load() {
        if (jdbc.sql("select exists (select 1 from poverty_survey)").query(Boolean.class).single()) {
            log.info("Poverty surveys present; poverty demo data skipped");
            return;
        }
        long start = System.nanoTime();
        Set<String> allAreas = new LinkedHashSet<>();
        int rows = transaction.execute(status -> {
            int n = 0;
            for (int year = FIRST; year <= LAST; year++) {
                n += loadYear(year, allAreas);
            }
            statistics.changed(allAreas, LocalDate.of(FIRST, 1, 1));
            supporters();
            return n;
        });
        jdbc.sql("analyze poverty_survey, poverty_classification").update();
        log.info("Poverty demo: {} surveys and classifications 2016–2025 in {} ms", rows,
                (System.nanoTime() - start) / 1_000_000);
    }

    private int loadYear(int year, Set<String> allAreas) {
        LocalDate decided = LocalDate.of(year, 12, 12);
        LocalDate listed = year == FIRST ? LocalDate.of(2017, 1, 1) : decided;
        List<UnitView> units = new ArrayList<>();
        for (String root : year < 2025 ? List.of("381") : List.of("38-BS", "38-QT")) {
            units.addAll(territory.subtree(root, listed, UnitScope.ALL));
        }
        Map<String, UnitView> areas = new LinkedHashMap<>();
        units.stream().filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA).forEach(u -> areas.put(u.code(), u));
        if (areas.isEmpty()) {
            return 0;
        }
        allAreas.addAll(areas.keySet());
        Standard standard = standards.forListYear(year + 1).orElseThrow();
        Map<String, Long> rounds = new LinkedHashMap<>();
        for (String commune : areas.values().stream().map(UnitView::parentCode).distinct().toList()) {
            rounds.put(commune, round(commune, year, standard.code(), decided));
        }
        List<HouseholdRef> households = registry.households(areas.keySet(), listed);
        List<Object[]> batch = new ArrayList<>();
        int i = year - FIRST;
        for (HouseholdRef h : households) {
            UnitView area = areas.get(h.areaCode());
            Area setting = area.type().setting() == Setting.RURAL ? Area.RURAL : Area.URBAN;
            long[] answer = answer(h.code(), year, setting, standard, POOR[i], NEAR_POOR[i]);
            batch.add(new Object[] {h.code(), year, area.parentCode(), h.areaCode(), setting.name(), answer[0],
                    (int) answer[1], LocalDate.of(year, 10, 1 + Math.floorMod(h.code().hashCode(), 28)),
                    rounds.get(area.parentCode())});
            if (batch.size() == 1000) {
                insert(batch);
            }
        }
        insert(batch);
        rounds.forEach((commune, round) -> template.update(
                "insert into poverty_round_household (round_id, household_code, reason) select round_id,"
                        + " household_code, 'SURVEYED' from poverty_survey where round_id = ?", round));
        for (UnitView area : areas.values()) {
            reviews.decideList(List.of(area.code()), year, area.parentCode(), decided, rounds.get(area.parentCode()));
        }
        return classifier.classifyIntoList(year, null, standard.code(), decided);
    }

    /**
     * Supporting organisations for the poor households of the 2025 lists: one of the commune's agencies, schools
     * or enterprises for nine in ten of them (the rest show on the "without a supporter" list), each with a gift.
     */
    private void supporters() {
        LocalDate on = LocalDate.of(LAST, 12, 20);
        List<Object[]> poor = template.query("select household_code, commune_code, area_code from"
                + " poverty_classification where year = ? and result = 'POOR' order by household_code",
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3)}, LAST);
        Map<String, List<vn.chungsuc.registry.OrganisationRef>> byCommune = new LinkedHashMap<>();
        int k = 0;
        for (Object[] p : poor) {
            if (k++ % 10 == 9) {
                continue;
            }
            String commune = (String) p[1];
            List<vn.chungsuc.registry.OrganisationRef> orgs = byCommune.computeIfAbsent(commune, c -> {
                List<String> units = new ArrayList<>(List.of(c));
                territory.subtree(c, on, UnitScope.ALL).forEach(u -> units.add(u.code()));
                territory.lineage(c).predecessors().forEach(u -> units.add(u.code()));
                return registry.organisations(units, on);
            });
            if (orgs.isEmpty()) {
                continue;
            }
            vn.chungsuc.registry.OrganisationRef o = orgs.get(Math.floorMod(((String) p[0]).hashCode(), orgs.size()));
            Long id = jdbc.sql("""
                    insert into poverty_support (household_code, organisation_code, organisation_name, assigned_on,
                      assigned_by) values (:h, :o, :n, :on, 'demo') returning id""").param("h", p[0])
                    .param("o", String.valueOf(o.id())).param("n", o.name()).param("on", on).query(Long.class).single();
            jdbc.sql("""
                    insert into poverty_support_record (support_id, given_on, what, value, recorded_by)
                    values (:s, :on, 'Quà Tết và sổ tiết kiệm', 2000000, 'demo')""").param("s", id)
                    .param("on", LocalDate.of(2026, 1, 25)).update();
        }
    }

    private long round(String commune, int year, String standard, LocalDate decided) {
        long id = jdbc.sql("""
                insert into poverty_round (commune_code, year, kind, standard_code, posting_days, created_by,
                    created_at, posted_from, decision_number, decided_on)
                values (:commune, :year, 'PERIODIC', :standard, 3, 'demo', :created, :posted, :number, :decided)
                returning id""")
                .param("commune", commune).param("year", year).param("standard", standard)
                .param("created", OffsetDateTime.of(year, 9, 1, 8, 0, 0, 0, ZoneOffset.UTC))
                .param("posted", LocalDate.of(year, 11, 20))
                .param("number", (100 + Math.floorMod(commune.hashCode(), 300)) + "/QĐ-UBND")
                .param("decided", decided).query(Long.class).single();
        String[][] steps = {{"9", "5", "Lập danh sách hộ cần rà soát"}, {"10", "28", "Hoàn thành phiếu A, phiếu B"},
                {"11", "10", "Họp dân ở các khu dân cư; biên bản gửi Ban Chỉ đạo xã"},
                {"11", "27", "Niêm yết công khai 3 ngày, không có khiếu nại"},
                {"12", "5", year < 2025 ? "Báo cáo Chủ tịch UBND thị xã" : "Báo cáo Sở Nông nghiệp và Môi trường"},
                {"12", "12", "Chủ tịch UBND cấp xã quyết định công nhận danh sách"}};
        for (int s = 0; s < 6; s++) {
            jdbc.sql("""
                    insert into poverty_round_step (round_id, step, done_by, done_at, note, attendees, agreed)
                    values (:round, :step, :by, :at, :note, :attendees, :agreed)""")
                    .param("round", id).param("step", s + 1).param("by", s == 5 ? "Chủ tịch UBND" : "Ban Chỉ đạo rà soát")
                    .param("at", OffsetDateTime.of(year, Integer.parseInt(steps[s][0]), Integer.parseInt(steps[s][1]),
                            9, 0, 0, 0, ZoneOffset.UTC))
                    .param("note", steps[s][2]).param("attendees", s == 2 ? 120 : null)
                    .param("agreed", s == 2 ? 112 : null).update();
        }
        return id;
    }

    private void insert(List<Object[]> batch) {
        if (batch.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into poverty_survey (household_code, year, commune_code,"
                + " area_code, setting, monthly_income, deprivations, surveyed_on, round_id, surveyed_by) values ");
        List<Object> args = new ArrayList<>();
        for (int r = 0; r < batch.size(); r++) {
            sql.append(r == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,'rà soát viên')");
            args.addAll(List.of(batch.get(r)));
        }
        template.update(sql.toString(), args.toArray());
        batch.clear();
    }

    /**
     * A household's answers in a year: {income, deprivation mask}. Its latent standing u (stable per household, a
     * little noise per year) decides whether it should come out poor, near-poor or neither; the answers are drawn
     * to match under the standard.
     */
    static long[] answer(String code, int year, Area area, Standard s, double poorRate, double nearRate) {
        double u = new Random(code.hashCode() * 31L).nextDouble();
        Random r = new Random(code.hashCode() * 31L + year);
        double v = u + (r.nextDouble() - 0.5) * 0.006;
        double factor = area == Area.RURAL ? 1.8 / 0.91 : 0.85 / 0.91;
        double poor = poorRate / 100 * factor;
        double near = nearRate / 100 * factor;
        Long alone = s.aloneLine(area);
        long upper = s.upperLine(area);
        int min = s.minDeprivations();
        if (v < poor) {
            if (alone != null && r.nextDouble() < 0.6) {
                return new long[] {round(alone * (0.6 + 0.4 * r.nextDouble())), mask(s, r.nextInt(5), r)};
            }
            long low = alone != null ? alone + 1 : upper / 2;
            return new long[] {round(low + (upper - low) * r.nextDouble()), mask(s, min + r.nextInt(3), r)};
        }
        if (v < poor + near) {
            long low = alone != null ? alone + 1 : upper / 2;
            return new long[] {round(low + (upper - low) * r.nextDouble()), mask(s, r.nextInt(min), r)};
        }
        double p = r.nextDouble();
        int deprived = p < 0.6 ? 0 : p < 0.85 ? 1 : p < 0.95 ? 2 : 3;
        return new long[] {round(upper + 1000 + upper * 2.0 * r.nextDouble()), mask(s, deprived, r)};
    }

    private static long round(double income) {
        return Math.round(income / 1000) * 1000;
    }

    private static long mask(Standard s, int count, Random r) {
        List<IndicatorDefinition> pool = new ArrayList<>(s.indicators());
        long mask = 0;
        for (int k = 0; k < count && !pool.isEmpty(); k++) {
            mask |= 1L << pool.remove(r.nextInt(pool.size())).bit();
        }
        return mask;
    }
}
