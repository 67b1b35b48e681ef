package vn.chungsuc.registry.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chungsuc.registry.HouseholdsImported;
import vn.chungsuc.registry.domain.CopyStream;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;
import vn.chungsuc.shared.startup.DemoData;

/**
 * The registry of the Bỉm Sơn demo (profile {@code demo}): about 18,000 synthetic households and 65,000 persons in
 * the town's 65 residential areas with their history from 2017 to 2025 ({@link DemoTown}, fixed seed), and the
 * organisations, public places and streets of its communes. Loaded with COPY in one transaction, in a few seconds;
 * skipped when the registry already holds households, or with {@code chungsuc.registry.demo=false} (benchmarks
 * that import their own file). Runs after territory (registry depends on it).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "chungsuc.registry.demo", havingValue = "true", matchIfMissing = true)
class RegistryDemoData implements DemoData {

    static final long SEED = 20171009L;
    static final String TOWN = "381";
    private static final Logger log = LoggerFactory.getLogger(RegistryDemoData.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;

    RegistryDemoData(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
            TerritoryApi territory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.territory = territory;
        this.events = events;
    }

    @Override
    public void load() {
        if (jdbc.sql("select exists (select 1 from registry_household)").query(Boolean.class).single()) {
            log.info("Registry already holds households; registry demo data skipped");
            return;
        }
        Map<String, List<String>> areas = new LinkedHashMap<>();
        Map<String, String> areaNames = new LinkedHashMap<>();
        for (UnitView v : territory.subtree(TOWN, DemoTown.OPENED, UnitScope.ALL)) {
            if (v.level() == UnitLevel.RESIDENTIAL_AREA) {
                areas.computeIfAbsent(v.parentCode(), c -> new ArrayList<>()).add(v.code());
                areaNames.put(v.code(), v.fullName());
            }
        }
        if (areas.isEmpty()) {
            log.warn("No residential areas under unit {}; registry demo data skipped", TOWN);
            return;
        }
        long start = System.nanoTime();
        Map<String, List<String>> streets = new LinkedHashMap<>();
        List<String[]> streetRows = read("streets.csv");
        streetRows.forEach(r -> streets.computeIfAbsent(r[0], c -> new ArrayList<>()).add(r[1]));
        DemoTown town = new DemoTown(SEED, areas, streets).run();
        long simulated = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            load(connection, town);
            loadOrganisations(connection, streetRows, areaNames);
            for (String table : List.of("registry_household", "registry_household_location", "registry_person",
                    "registry_membership", "registry_event", "registry_organisation", "registry_public_place",
                    "registry_street")) {
                jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "coalesce((select max(id) from " + table + "), 1))").query(Long.class).single();
            }
            Set<String> codes = new TreeSet<>(areaNames.keySet());
            events.publishEvent(new HouseholdsImported("demo", codes, town.households.size(), 0,
                    town.persons.size(), 0, LocalDate.of(DemoTown.LAST_YEAR, 12, 31)));
        });
        jdbc.sql("analyze registry_household, registry_household_location, registry_person, registry_membership")
                .update();
        log.info("Registry demo data loaded in {} ms (simulation {} ms): {} households, {} persons, {} memberships, "
                + "{} events", (System.nanoTime() - start) / 1_000_000, (simulated - start) / 1_000_000,
                town.households.size(), town.persons.size(),
                town.memberships.size(), town.events.size());
    }

    private void load(Connection c, DemoTown town) {
        long t = System.nanoTime();
        try (CopyStream out = CopyStream.open(c, "registry_household",
                "id, code, address, started_on, ended_on, end_reason")) {
            town.households.forEach(h -> out.row(h.id, h.code, h.address, h.started, h.ended, h.endReason));
        }
        try (CopyStream out = CopyStream.open(c, "registry_household_location",
                "household_id, area_code, valid_from, valid_to")) {
            town.households.forEach(h -> h.locations.forEach(l -> out.row(h.id, l.area(), l.from(), l.to()[0])));
        }
        try (CopyStream out = CopyStream.open(c, "registry_person",
                "id, full_name, search_key, sex, birth_date, citizen_id, ethnicity, phone, died_on")) {
            town.persons.forEach(p -> out.row(p.id, p.name, VietnameseText.searchKey(p.name), p.sex.name(), p.birth,
                    p.citizenId, p.ethnicity, p.phone, p.died));
        }
        try (CopyStream out = CopyStream.open(c, "registry_membership",
                "id, person_id, household_id, relation, valid_from, valid_to, joined_by, left_by")) {
            town.memberships.forEach(m -> out.row(m.id, m.person.id, m.household.id, m.relation.name(), m.from, m.to,
                    m.joinedBy, m.leftBy));
        }
        log.debug("households, places, persons, memberships copied in {} ms", (System.nanoTime() - t) / 1_000_000);
        try (CopyStream out = CopyStream.open(c, "registry_event",
                "household_id, person_id, kind, occurred_on, area_code, other_household_id, note, recorded_by")) {
            town.events.forEach(e -> out.row(e.household().id, e.person() == null ? null : e.person().id, e.kind(),
                    e.on(), e.area(), e.other() == null ? null : e.other().id, e.note(), "demo"));
        }
    }

    private void loadOrganisations(Connection c, List<String[]> streetRows, Map<String, String> areaNames) {
        try (CopyStream out = CopyStream.open(c, "registry_organisation",
                "name, search_key, kind, unit_code, address, established_on, closed_on")) {
            for (String[] r : read("organisations.csv")) {
                out.row(r[2], VietnameseText.searchKey(r[2]), r[0], r[1], r[3], blank(r[4]), blank(r[5]));
            }
        }
        try (CopyStream out = CopyStream.open(c, "registry_public_place", "name, search_key, kind, unit_code")) {
            for (String[] r : read("places.csv")) {
                out.row(r[2], VietnameseText.searchKey(r[2]), r[0], r[1]);
            }
            areaNames.forEach((code, name) -> {
                String house = "Nhà văn hóa " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
                out.row(house, VietnameseText.searchKey(house), "CULTURAL_HOUSE", code);
            });
        }
        try (CopyStream out = CopyStream.open(c, "registry_street", "name, search_key, unit_code, length_m")) {
            for (String[] r : streetRows) {
                String name = r[1].startsWith("Đường") ? r[1] : "Đường " + r[1];
                out.row(name, VietnameseText.searchKey(name), r[0], Integer.parseInt(r[2]));
            }
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static List<String[]> read(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = new ClassPathResource("demo/registry/" + file).getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> rows.add(l.split(";", -1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
