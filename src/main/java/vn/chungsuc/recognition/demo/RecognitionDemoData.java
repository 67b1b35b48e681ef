package vn.chungsuc.recognition.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.recognition.domain.Catalogue;
import vn.chungsuc.recognition.domain.CriteriaSet;
import vn.chungsuc.recognition.domain.Criterion;
import vn.chungsuc.recognition.domain.Rounds;
import vn.chungsuc.recognition.domain.Title;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.jdbc.MultiRowInsert;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;
import vn.chungsuc.shared.startup.DemoData;

/**
 * The Bỉm Sơn title history 2016–2024 (2016 so that the first half of 2017 shows the titles then in force), consistent with the programme's targets so the dashboard shows realistic
 * progress: every residential area's yearly round (meeting, vote, posting, dossier; a few exclusions), each commune's
 * cultural-family decision (10 December), the town's residential-area decision (20 December), the new-rural decision
 * for xã Quang Trung (2018) and the civilised-ward decisions for Ba Đình (2019, renewed 2024) and Lam Sơn (2020).
 * The town's shares follow the path the entered demo values had: cultural families 68→77% (rural) and 78→83.5%
 * (urban) from 2017 to 2020, then up to 82% and 87.5% in 2024; cultural areas 52→64 of 65. The 2016 titles go
 * to households as the register lists them when it opens (1/1/2017). Khu phố 1 of Ba Đình
 * has no 2024 round yet (its head runs it in the demo and in the browser test).
 *
 * <p>Rows are written directly (the records a decision would write) to keep the first start short; the values are
 * the demo's own, not Bỉm Sơn's published results.
 */
@Component
@Profile("demo")
class RecognitionDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(RecognitionDemoData.class);
    static final String TOWN = "381";
    static final int FIRST = 2016;
    /** The register opens on this day; the 2016 titles are given to the households it lists then. */
    static final LocalDate REGISTER_OPENS = LocalDate.of(2017, 1, 1);
    static final int LAST = 2024;
    /** The area left without a 2024 round. */
    static final String OPEN_AREA = "14812-01";
    private static final double[] RURAL = {65.0, 68.0, 71.0, 74.0, 77.0, 78.0, 79.5, 80.5, 82.0};
    private static final double[] URBAN = {76.0, 78.0, 80.0, 82.0, 83.5, 84.5, 85.5, 86.5, 87.5};
    private static final int[] CULTURAL_QUARTERS = {38, 40, 43, 49, 53, 53, 54, 54, 54};
    private static final int[] CULTURAL_VILLAGES = {11, 12, 14, 10, 11, 11, 11, 11, 11};
    private static final String[] CHAIRS = {"Nguyễn Văn Hùng", "Lê Thị Thanh Hương", "Trịnh Đình Lợi",
            "Phạm Văn Tuấn", "Hoàng Thị Mai", "Đỗ Xuân Trường", "Mai Văn Đức", "Vũ Thị Ngọc Ánh"};

    private final TerritoryApi territory;
    private final RegistryApi registry;
    private final Catalogue catalogue;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    RecognitionDemoData(TerritoryApi territory, RegistryApi registry, Catalogue catalogue, JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.territory = territory;
        this.registry = registry;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void load() {
        if (jdbc.sql("select exists (select 1 from recognition_decision)").query(Boolean.class).single()
                || territory.find(TOWN, LocalDate.of(LAST, 12, 1), UnitScope.ALL).isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        int[] totals = new int[2];
        for (int year = FIRST; year <= LAST; year++) {
            int y = year;
            transaction.executeWithoutResult(status -> {
                totals[0] += families(y);
                totals[1] += areas(y);
            });
        }
        transaction.executeWithoutResult(status -> communes());
        log.info("Demo titles: {} cultural families and {} cultural areas over {}–{} in {} ms", totals[0], totals[1],
                FIRST, LAST, (System.nanoTime() - start) / 1_000_000);
    }

    /** A small deterministic spread per code, from -3 to 3. */
    static int scatter(String code) {
        return Math.floorMod(code.hashCode(), 7) - 3;
    }

    /** A stable rank of a household: the same households keep their title year after year. */
    static int rank(String code) {
        return Math.floorMod((code + "#gdvh").hashCode(), 100_000);
    }

    private int families(int year) {
        LocalDate listing = year < REGISTER_OPENS.getYear() ? REGISTER_OPENS : LocalDate.of(year, 12, 1);
        LocalDate meeting = LocalDate.of(year, 11, 10);
        LocalDate signed = LocalDate.of(year, 12, 10);
        CriteriaSet set = catalogue.setFor(Title.CULTURAL_FAMILY, "38", Rounds.evaluationDate(year)).orElseThrow();
        List<Criterion> all = catalogue.criteria(set.id());
        Long[] criteria = all.stream().filter(c -> !c.exclusion()).map(Criterion::id).toArray(Long[]::new);
        List<Criterion> exclusions = all.stream().filter(Criterion::exclusion).toList();
        int awarded = 0;
        int communeIndex = 0;
        for (UnitView commune : territory.children(TOWN, signed, UnitScope.ALL)) {
            communeIndex++;
            List<Object[]> awards = new ArrayList<>();
            for (UnitView area : territory.children(commune.code(), signed, UnitScope.ALL)) {
                if (year == LAST && area.code().equals(OPEN_AREA)) {
                    continue;
                }
                List<HouseholdRef> households = new ArrayList<>(registry.households(List.of(area.code()), listing));
                if (households.isEmpty()) {
                    continue;
                }
                households.sort(Comparator.comparingInt(h -> rank(h.code())));
                double base = (area.type().rural() ? RURAL : URBAN)[year - FIRST];
                double rate = Math.max(0, Math.min(100, base + scatter(area.code()) * Math.min(3.0, base / 4)));
                int k = (int) Math.round(households.size() * rate / 100.0);
                int invitees = 50 + Math.floorMod((area.code() + year).hashCode(), 30);
                int attendees = (int) Math.ceil(invitees * 0.8);
                int needed = set.rules().minimumAgree(attendees);
                long round = jdbc.sql("""
                        insert into recognition_round (area_code, year, set_id, meeting_on, invitees, attendees,
                            meeting_note, posted_from, posted_to, sent_on, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo') returning id""")
                        .params(area.code(), year, set.id(), meeting, invitees, attendees,
                                "Chi ủy, Trưởng khu dân cư, Trưởng ban công tác Mặt trận, các đoàn thể, đại diện hộ",
                                meeting.plusDays(2), meeting.plusDays(2 + (set.postingDays() == null ? 7
                                        : set.postingDays())), LocalDate.of(year, 11, 24))
                        .query(Long.class).single();
                List<Object[]> entries = new ArrayList<>();
                Set<String> excluded = new HashSet<>();
                for (int i = 0; i < households.size(); i++) {
                    HouseholdRef h = households.get(i);
                    boolean passed = i < k;
                    int bucket = (households.size() - i) % 3;
                    if (!passed && !exclusions.isEmpty() && i == households.size() - 1) {
                        Criterion why = exclusions.get(Math.floorMod((h.code() + year).hashCode(), exclusions.size()));
                        jdbc.sql("insert into recognition_exclusion (household_code, year, criterion_id, reason, "
                                + "recorded_by) values (?, ?, ?, ?, 'demo')").params(h.code(), year, why.id(),
                                "Theo thông báo của Công an phường, xã năm " + year).update();
                        excluded.add(h.code());
                    }
                    if (!passed && bucket == 0 && !excluded.contains(h.code())) {
                        continue; // did not register
                    }
                    Long[] met = passed || bucket == 1 ? criteria : (criteria.length > 1
                            ? java.util.Arrays.copyOf(criteria, criteria.length - 1) : new Long[0]);
                    Integer agree = null;
                    if (passed) {
                        agree = attendees - Math.floorMod(h.code().hashCode(), 5);
                    } else if (met.length == criteria.length) {
                        agree = needed - 1 - Math.floorMod(h.code().hashCode(), 4);
                    }
                    entries.add(new Object[] {round, h.code(), h.headName(), LocalDate.of(year, 3, 15), true, met,
                            excluded.contains(h.code()) ? null : agree});
                    if (passed) {
                        awards.add(new Object[] {h.code(), h.headName(), area.code()});
                    }
                }
                insertEntries(entries);
            }
            if (!awards.isEmpty()) {
                long decision = decision(Title.CULTURAL_FAMILY, year, commune.code(), (100 + communeIndex)
                        + "/QĐ-UBND", signed, CHAIRS[communeIndex % CHAIRS.length], "Chủ tịch UBND cấp xã");
                insertAwards(decision, Title.CULTURAL_FAMILY, year, signed, awards);
                awarded += awards.size();
            }
        }
        return awarded;
    }

    private int areas(int year) {
        LocalDate signed = LocalDate.of(year, 12, 20);
        List<UnitView> urban = new ArrayList<>();
        List<UnitView> rural = new ArrayList<>();
        for (UnitView commune : territory.children(TOWN, signed, UnitScope.ALL)) {
            for (UnitView area : territory.children(commune.code(), signed, UnitScope.ALL)) {
                (area.type().rural() ? rural : urban).add(area);
            }
        }
        // Ba Đình's quarters lead the town; the rest follow a stable order.
        Comparator<UnitView> order = Comparator.comparing((UnitView a) -> !a.parentCode().equals("14812"))
                .thenComparingInt(a -> Math.floorMod((a.code() + "#kdc").hashCode(), 1000));
        urban.sort(order);
        rural.sort(order);
        List<Object[]> awards = new ArrayList<>();
        int i = year - FIRST;
        urban.stream().limit(CULTURAL_QUARTERS[i]).forEach(a -> awards.add(new Object[] {a.code(), a.fullName(),
                a.parentCode()}));
        rural.stream().limit(CULTURAL_VILLAGES[i]).forEach(a -> awards.add(new Object[] {a.code(), a.fullName(),
                a.parentCode()}));
        long decision = decision(Title.CULTURAL_AREA, year, TOWN, (200 + i) + "/QĐ-UBND", signed,
                "Nguyễn Văn Chiến", "Chủ tịch UBND cấp huyện");
        insertAwards(decision, Title.CULTURAL_AREA, year, signed, awards);
        return awards.size();
    }

    private void communes() {
        LocalDate ntm = LocalDate.of(2018, 12, 25);
        long d = decision("NEW_RURAL_COMMUNE", 2018, "38", "4890/QĐ-UBND", ntm, "Nguyễn Đình Xứng",
                "Chủ tịch UBND cấp tỉnh");
        insertAwards(d, "NEW_RURAL_COMMUNE", 2018, ntm, List.<Object[]>of(new Object[] {"14824", "Xã Quang Trung",
                "14824"}));
        for (Object[] w : new Object[][] {{"14812", "Phường Ba Đình", 2019}, {"14815", "Phường Lam Sơn", 2020},
                {"14812", "Phường Ba Đình", 2024}}) {
            int year = (Integer) w[2];
            LocalDate on = LocalDate.of(year, 12, 22);
            long id = decision("CIVILISED_WARD", year, TOWN, (300 + year % 100) + "/QĐ-UBND", on,
                    "Nguyễn Văn Chiến", "Chủ tịch UBND cấp huyện");
            insertAwards(id, "CIVILISED_WARD", year, on, List.<Object[]>of(new Object[] {w[0], w[1], w[0]}));
        }
    }

    private long decision(String title, int year, String unit, String number, LocalDate signed, String signer,
            String authority) {
        return jdbc.sql("""
                insert into recognition_decision (title_code, year, unit_code, number, signed_on, signer, authority,
                                                  created_by)
                values (?, ?, ?, ?, ?, ?, ?, 'demo') returning id""")
                .params(title, year, unit, number, signed, signer, authority).query(Long.class).single();
    }

    private void insertAwards(long decision, String title, int year, LocalDate signed, List<Object[]> rows) {
        MultiRowInsert.insert(jdbc, "recognition_award (decision_id, title_code, year, subject_code, subject_name, "
                + "counted_unit, signed_on)", rows.stream().map(r -> new Object[] {decision, title, year, r[0], r[1],
                r[2], signed}).toList());
    }

    private void insertEntries(List<Object[]> rows) {
        MultiRowInsert.insert(jdbc, "recognition_entry (round_id, household_code, head_name, registered_on, scored, "
                + "criteria_met, agree)", rows);
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
