package vn.chungsuc.indicators.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.indicators.domain.ApproverStore;
import vn.chungsuc.indicators.domain.EntryStore;
import vn.chungsuc.indicators.domain.FactBook;
import vn.chungsuc.indicators.domain.Fraction;
import vn.chungsuc.indicators.domain.Indicator;
import vn.chungsuc.indicators.domain.IndicatorStore;
import vn.chungsuc.indicators.domain.Method;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.web.VnFormat;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;
import vn.chungsuc.shared.startup.DemoData;

/**
 * Approved values for 2017–2020 (each year and its first half) for the communes, wards and residential areas of thị
 * xã Bỉm Sơn, so that the demo dashboard shows a realistic path towards the 17 targets of the seed programme until
 * the recognition and poverty modules publish their counts. The town's figures follow a chosen path per indicator
 * (most targets reached in 2020, a few at risk, the streets off track); each unit's value scatters around it. Units
 * are those of each period: xã Hà Lan reports until its merger into phường Đông Sơn (1/12/2019), Đông Sơn reports
 * for both after. The first half of 2020 is left incomplete on purpose (the completeness view has something to
 * show): xã Quang Trung and phường Ba Đình have not entered "Công dân gương mẫu", three khu phố of Ba Đình have no
 * cultural-family figure, and phường Phú Sơn's street figure is still a draft.
 *
 * <p>After the 2025 merger two first-half figures of 2026 wait for approval, so that the approvers' pages have
 * something to show: phường Bỉm Sơn's waste collection (no district above it, so the chair of its own People's
 * Committee approves through the committee's office: the login {@code ubndbimson}) and phường Quang Trung's model
 * families, which one configuration line gives to the province's Department of Culture (the criteria are the
 * province's, Quyết định 488/2014/QĐ-UBND; the login {@code tinh}).
 *
 * <p>The values are the demo's own, not Bỉm Sơn's published results. Households per commune follow the registry
 * demo's starting figures.
 */
@Component
@Profile("demo")
class IndicatorsDemoData implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(IndicatorsDemoData.class);
    private static final String TOWN = "381";
    private static final String BIM_SON_WARD = "38-BS";
    private static final String QUANG_TRUNG_WARD = "38-QT";
    private static final LocalDate TWO_TIER = LocalDate.of(2025, 7, 1);
    private static final int FIRST = 2017;
    private static final int LAST = 2020;

    /** Households per commune at the start of 2017 (the registry demo's figures). */
    private static final Map<String, Integer> HOUSEHOLDS = Map.of("14812", 2778, "14809", 2150, "14815", 2500,
            "14818", 2250, "14821", 1800, "14827", 1400, "14823", 1750, "14824", 2600);
    private static final Map<String, Integer> AGENCIES = Map.of("14812", 22, "14809", 13, "14815", 17, "14818", 12,
            "14821", 10, "14827", 3, "14823", 9, "14824", 7);
    private static final Map<String, Integer> ENTERPRISES = Map.of("14812", 60, "14809", 35, "14815", 45, "14818",
            30, "14821", 25, "14827", 5, "14823", 20, "14824", 15);
    private static final Map<String, Integer> PUBLIC_PLACES = Map.of("14812", 8, "14809", 5, "14815", 6, "14818", 5,
            "14821", 4, "14827", 2, "14823", 4, "14824", 3);
    private static final Map<String, Integer> STREETS = Map.of("14812", 14, "14809", 9, "14815", 10, "14818", 8,
            "14821", 7, "14827", 3, "14823", 6, "14824", 5);

    /** The town's path per indicator: the share (percent) at the end of 2017, 2018, 2019, 2020. */
    private static final Map<String, double[]> PATH = Map.ofEntries(
            Map.entry("clean-water", new double[] {92.0, 95.0, 97.5, 99.2}),
            Map.entry("poor-households", new double[] {4.8, 3.6, 2.4, 1.4}),
            Map.entry("cultural-families-rural", new double[] {68.0, 71.0, 74.0, 77.0}),
            Map.entry("cultural-families-urban", new double[] {78.0, 80.0, 82.0, 83.5}),
            Map.entry("exemplary-citizens", new double[] {52.0, 58.0, 64.0, 71.0}),
            Map.entry("model-families", new double[] {50.0, 57.0, 63.0, 68.5}),
            Map.entry("civilised-quarters", new double[] {35.0, 45.0, 52.0, 58.0}),
            Map.entry("civilised-agencies", new double[] {72.0, 80.0, 86.0, 91.0}),
            Map.entry("civilised-enterprises", new double[] {40.0, 47.0, 55.0, 61.0}),
            Map.entry("civilised-public-places", new double[] {45.0, 52.0, 57.0, 62.0}),
            Map.entry("civilised-streets", new double[] {20.0, 24.0, 27.0, 31.0}));

    /** Agencies recognised as cultural in the town at the end of each year (goal: 85). */
    private static final int[] CULTURAL_AGENCIES = {62, 70, 78, 83};
    /** Residential areas recognised as cultural at the end of each year: urban, then rural. */
    private static final int[] CULTURAL_QUARTERS = {40, 43, 49, 53};
    private static final int[] CULTURAL_VILLAGES = {12, 14, 10, 11};

    private final TerritoryApi territory;
    private final EntryStore entries;
    private final FactBook book;
    private final TransactionTemplate transaction;
    private final IndicatorStore indicators;
    private final ApproverStore approvers;

    IndicatorsDemoData(TerritoryApi territory, EntryStore entries, FactBook book,
            PlatformTransactionManager transactions, IndicatorStore indicators, ApproverStore approvers) {
        this.indicators = indicators;
        this.approvers = approvers;
        this.territory = territory;
        this.entries = entries;
        this.book = book;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void load() {
        if (entries.any() || territory.find(TOWN, LocalDate.of(LAST, 12, 31), UnitScope.ALL).isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<EntryStore.ApprovedValue> values = new ArrayList<>();
        for (int year = FIRST; year <= LAST; year++) {
            values.addAll(period(Period.firstHalf(year)));
            values.addAll(period(Period.year(year)));
        }
        values.removeIf(IndicatorsDemoData::leftOpen);
        // An indicator switched to COMPUTED (its module publishes the count, e.g. recognition or poverty) takes its
        // figures from that module's demo records, not from entered values.
        Map<String, Indicator> defined = indicators.byCode();
        values.removeIf(v -> !defined.containsKey(v.indicator())
                || defined.get(v.indicator()).method() != Method.ENTERED);
        transaction.executeWithoutResult(status -> {
            entries.insertApproved(values);
            long draft = entries.insert("civilised-streets", "14823", Period.firstHalf(LAST), new Fraction(2, 6),
                    null, "canbo.14823");
            entries.event(draft, "canbo.14823", "ENTER", new Fraction(2, 6), null);
            afterTheMerger(defined);
        });
        Set<Period> periods = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        for (EntryStore.ApprovedValue v : values) {
            periods.add(v.period());
            codes.add(v.indicator());
        }
        for (String code : codes) {
            entries.approved(code).forEach((period, byUnit) -> transaction.executeWithoutResult(
                    status -> book.overwrite(code, period, byUnit, false)));
        }
        for (Period p : periods) {
            book.ensureFigures(codes, List.of(p), p.end());
        }
        log.info("Demo indicator values: {} approved values for {} indicators in {} ms", values.size(), codes.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The approval line for the province's criteria and two figures of 2026 waiting for approval. */
    private void afterTheMerger(Map<String, Indicator> defined) {
        if (territory.find(BIM_SON_WARD, TWO_TIER, UnitScope.ALL).isEmpty()) {
            return;
        }
        if (!approvers.any()) {
            approvers.insert("38", "model-families", "38-SVHTTDL", TWO_TIER, null,
                    "Tiêu chí “Gia đình kiểu mẫu” của tỉnh (Quyết định 488/2014/QĐ-UBND); dữ liệu mẫu, chưa xác nhận",
                    "admin");
        }
        pending(defined, "waste-collection", BIM_SON_WARD, new Fraction(1, 1), "badinh");
        pending(defined, "model-families", QUANG_TRUNG_WARD, new Fraction(2950, 4300), "quangtrung");
    }

    private void pending(Map<String, Indicator> defined, String indicator, String unit, Fraction value, String by) {
        Period p = Period.firstHalf(2026);
        if (!defined.containsKey(indicator) || defined.get(indicator).method() != Method.ENTERED
                || entries.find(indicator, unit, p).isPresent()) {
            return;
        }
        long id = entries.insert(indicator, unit, p, value, null, by);
        entries.event(id, by, "ENTER", value, null);
        entries.submit(id, by);
        entries.event(id, by, "SUBMIT", value, null);
    }

    private static boolean leftOpen(EntryStore.ApprovedValue v) {
        if (!v.period().equals(Period.firstHalf(LAST))) {
            return false;
        }
        return (v.indicator().equals("exemplary-citizens") && (v.unit().equals("14824") || v.unit().equals("14812")))
                || (v.indicator().equals("cultural-families") && Set.of("14812-09", "14812-10", "14812-11")
                .contains(v.unit()))
                || (v.indicator().equals("civilised-streets") && v.unit().equals("14823"));
    }

    private List<EntryStore.ApprovedValue> period(Period p) {
        LocalDate end = p.end();
        List<UnitView> communes = territory.children(TOWN, end, UnitScope.ALL);
        Map<String, List<UnitView>> areas = new LinkedHashMap<>();
        communes.forEach(c -> areas.put(c.code(), territory.children(c.code(), end, UnitScope.ALL)));
        List<UnitView> rural = communes.stream().filter(c -> c.type().rural()).toList();
        List<EntryStore.ApprovedValue> out = new ArrayList<>();
        Map<String, Long> households = new LinkedHashMap<>();
        communes.forEach(c -> households.put(c.code(), households(c.code(), p)));

        // Shares entered per commune, scattered around the town's path.
        shares(out, p, "clean-water", rural, households, rate("clean-water", p));
        shares(out, p, "poor-households", communes, households, rate("poor-households", p));
        Map<String, Long> persons = new LinkedHashMap<>();
        households.forEach((c, h) -> persons.put(c, Math.round(h * 3.9)));
        shares(out, p, "exemplary-citizens", communes, persons, rate("exemplary-citizens", p));
        shares(out, p, "model-families", communes, households, rate("model-families", p));
        List<UnitView> urban = communes.stream().filter(c -> c.type().urban()).toList();
        Map<String, Long> quarters = new LinkedHashMap<>();
        urban.forEach(c -> quarters.put(c.code(), (long) areas.get(c.code()).size()));
        shares(out, p, "civilised-quarters", urban, quarters, rate("civilised-quarters", p));
        shares(out, p, "civilised-agencies", communes, sized(communes, AGENCIES, 4, p), rate("civilised-agencies", p));
        shares(out, p, "civilised-enterprises", communes, sized(communes, ENTERPRISES, 0, p),
                rate("civilised-enterprises", p));
        shares(out, p, "civilised-public-places", communes, sized(communes, PUBLIC_PLACES, 0, p),
                rate("civilised-public-places", p));
        shares(out, p, "civilised-streets", communes, sized(communes, STREETS, 0, p), rate("civilised-streets", p));

        // Cultural families, entered per residential area, rural and urban on their own paths.
        for (boolean ruralAreas : new boolean[] {true, false}) {
            Map<String, Long> dens = new LinkedHashMap<>();
            List<UnitView> list = new ArrayList<>();
            for (UnitView c : communes) {
                List<UnitView> as = areas.get(c.code());
                for (UnitView a : as) {
                    if (a.type().rural() == ruralAreas) {
                        list.add(a);
                        long base = households.get(c.code()) / as.size();
                        dens.put(a.code(), base + (scatter(a.code()) * base) / 40);
                    }
                }
            }
            shares(out, p, "cultural-families", list, dens,
                    rate(ruralAreas ? "cultural-families-rural" : "cultural-families-urban", p));
        }

        // Counts per commune.
        int y = p.firstHalf() ? p.year() - 1 : p.year();
        int index = Math.max(0, y - FIRST);
        Map<String, Long> agencyDens = sized(communes, AGENCIES, 0, p);
        counts(out, p, "cultural-agencies", communes, agencyDens, y < FIRST ? CULTURAL_AGENCIES[0] - 4
                : CULTURAL_AGENCIES[index]);
        Map<String, Long> urbanAreas = new LinkedHashMap<>();
        urban.forEach(c -> urbanAreas.put(c.code(), (long) areas.get(c.code()).size()));
        counts(out, p, "cultural-areas", urban, urbanAreas, y < FIRST ? CULTURAL_QUARTERS[0] - 2
                : Math.min(CULTURAL_QUARTERS[index], urbanAreas.values().stream().mapToInt(Long::intValue).sum()));
        Map<String, Long> ruralAreas = new LinkedHashMap<>();
        rural.forEach(c -> ruralAreas.put(c.code(), (long) areas.get(c.code()).size()));
        counts(out, p, "cultural-areas", rural, ruralAreas, y < FIRST ? CULTURAL_VILLAGES[0] - 1
                : Math.min(CULTURAL_VILLAGES[index], ruralAreas.values().stream().mapToInt(Long::intValue).sum()));

        // Communes and wards that met a standard (1/1) or not yet (0/1).
        for (UnitView c : rural) {
            boolean met = c.code().equals("14824") && y >= 2018;
            out.add(value(p, "ntm-communes", c, new Fraction(met ? 1 : 0, 1)));
        }
        for (UnitView c : communes) {
            boolean met = y >= 2020 || (y >= 2018 && !Set.of("14824", "14827").contains(c.code()))
                    || (y == 2017 && !Set.of("14824", "14827", "14823").contains(c.code()));
            out.add(value(p, "waste-collection", c, new Fraction(met ? 1 : 0, 1)));
        }
        for (UnitView c : urban) {
            boolean met = (c.code().equals("14812") && y >= 2019) || (c.code().equals("14815") && y >= 2020);
            out.add(value(p, "civilised-wards", c, new Fraction(met ? 1 : 0, 1)));
        }
        return out;
    }

    /** The town's share for the period: the year's point of the path, or halfway from the year before for H1. */
    private static double rate(String path, Period p) {
        double[] points = PATH.get(path);
        int i = p.year() - FIRST;
        double atYear = points[i];
        double before = i == 0 ? points[0] - (points[1] - points[0]) : points[i - 1];
        return p.firstHalf() ? (before + atYear) / 2 : atYear;
    }

    /** Entries whose numerators scatter around the rate and add up exactly to the rate of the whole. */
    private static void shares(List<EntryStore.ApprovedValue> out, Period p, String indicator, List<UnitView> units,
            Map<String, Long> dens, double rate) {
        long total = units.stream().mapToLong(u -> dens.getOrDefault(u.code(), 0L)).sum();
        long wanted = Math.round(total * rate / 100.0);
        Map<String, Long> nums = new LinkedHashMap<>();
        long sum = 0;
        String largest = null;
        for (UnitView u : units) {
            long den = dens.getOrDefault(u.code(), 0L);
            if (den <= 0) {
                continue;
            }
            double unitRate = Math.max(0, Math.min(100, rate + scatter(u.code()) * Math.min(3.0, rate / 4)));
            long num = Math.min(den, Math.round(den * unitRate / 100.0));
            nums.put(u.code(), num);
            sum += num;
            if (largest == null || den > dens.get(largest)) {
                largest = u.code();
            }
        }
        if (largest != null) {
            long fixed = Math.max(0, Math.min(dens.get(largest), nums.get(largest) + wanted - sum));
            nums.put(largest, fixed);
        }
        Map<String, UnitView> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        nums.forEach((unit, num) -> out.add(value(p, indicator, byCode.get(unit),
                new Fraction(num, dens.get(unit)))));
    }

    /** Entries of a count spread over units in proportion to their wholes, adding up to the total. */
    private static void counts(List<EntryStore.ApprovedValue> out, Period p, String indicator, List<UnitView> units,
            Map<String, Long> dens, int total) {
        long whole = dens.values().stream().mapToLong(Long::longValue).sum();
        if (whole == 0) {
            return;
        }
        Map<String, Long> nums = new LinkedHashMap<>();
        long sum = 0;
        for (UnitView u : units) {
            long den = dens.getOrDefault(u.code(), 0L);
            long num = Math.min(den, (long) Math.floor((double) total * den / whole));
            nums.put(u.code(), num);
            sum += num;
        }
        for (UnitView u : units) {
            if (sum >= total) {
                break;
            }
            if (nums.get(u.code()) < dens.getOrDefault(u.code(), 0L)) {
                nums.merge(u.code(), 1L, Long::sum);
                sum++;
            }
        }
        Map<String, UnitView> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        nums.forEach((unit, num) -> out.add(value(p, indicator, byCode.get(unit),
                new Fraction(num, dens.get(unit)))));
    }

    private static Map<String, Long> sized(List<UnitView> communes, Map<String, Integer> base, int extra, Period p) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (UnitView c : communes) {
            long n = base.getOrDefault(c.code(), 0) + extra;
            // Đông Sơn counts Hà Lan's agencies, places and streets once it has absorbed it.
            if (c.code().equals("14821") && p.end().isAfter(LocalDate.of(2019, 11, 30))) {
                n += base.getOrDefault("14827", 0);
            }
            out.put(c.code(), n);
        }
        return out;
    }

    private static long households(String commune, Period p) {
        double growth = 1 + 0.012 * (p.year() - FIRST + (p.firstHalf() ? 0.5 : 1.0));
        long base = HOUSEHOLDS.getOrDefault(commune, 0);
        if (commune.equals("14821") && p.end().isAfter(LocalDate.of(2019, 11, 30))) {
            base += HOUSEHOLDS.get("14827");
        }
        return Math.round(base * growth);
    }

    /** A small deterministic spread per unit, from -3 to 3. */
    private static int scatter(String code) {
        return Math.floorMod(code.hashCode(), 7) - 3;
    }

    /** The approved value, entered by the area head (or commune officer) and approved by the level above. */
    private static EntryStore.ApprovedValue value(Period p, String indicator, UnitView u, Fraction value) {
        String unit = u.code();
        // The commune of an area is its parent in the tree on the listing date, never read off the code.
        boolean area = u.level() == UnitLevel.RESIDENTIAL_AREA;
        String commune = area ? u.parentCode() : unit;
        String enteredBy = area ? (unit.equals("14812-01") ? "kp1badinh" : "kp." + unit)
                : commune.equals("14812") ? "badinh" : commune.equals("14824") ? "quangtrung" : "canbo." + commune;
        String approvedBy = area ? (commune.equals("14812") ? "badinh" : "canbo." + commune) : "mttq";
        LocalDate reported = p.end().plusDays(10);
        Instant submitted = reported.atTime(9, 0).atZone(VnFormat.VIETNAM).toInstant();
        Instant approved = reported.plusDays(5).atTime(15, 30).atZone(VnFormat.VIETNAM).toInstant();
        return new EntryStore.ApprovedValue(indicator, unit, p, value, enteredBy, submitted, approvedBy, approved);
    }
}
