package vn.chungsuc.registry.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.chungsuc.registry.domain.CitizenIdPolicy;
import vn.chungsuc.registry.domain.Relation;

class DemoTownTest {

    static final LocalDate END = LocalDate.of(2026, 1, 1);

    static DemoTown town() {
        Map<String, List<String>> areas = new LinkedHashMap<>();
        int[] counts = {11, 8, 9, 8, 6, 6, 6, 11};
        String[] communes = {"14812", "14809", "14815", "14818", "14821", "14827", "14823", "14824"};
        for (int i = 0; i < communes.length; i++) {
            List<String> list = new ArrayList<>();
            for (int a = 1; a <= counts[i]; a++) {
                list.add(communes[i] + "-" + String.format("%02d", a));
            }
            areas.put(communes[i], list);
        }
        return new DemoTown(RegistryDemoData.SEED, areas, Map.of("14812", List.of("Trần Phú"))).run();
    }

    @Test
    void theDemoTownHasAboutEighteenThousandHouseholdsAndSixtyFiveThousandPersonsAtTheEnd() {
        DemoTown town = town();
        long households = town.households.stream().filter(h -> h.ended == null).count();
        long persons = town.memberships.stream().filter(m -> m.to == null).count();
        long baDinh = town.households.stream().filter(h -> h.locations.get(0).area().startsWith("14812-")
                && h.started.equals(DemoTown.OPENED)).count();
        long baDinhPersons = town.memberships.stream().filter(m -> m.from.equals(DemoTown.OPENED)
                && m.household.locations.get(0).area().startsWith("14812-")).count();
        System.out.printf("households %d (records %d), persons %d (records %d), Ba Đình 2017: %d households, %d persons, events %d%n",
                households, town.households.size(), persons, town.persons.size(), baDinh, baDinhPersons, town.events.size());
        assertThat(households).isBetween(17_000L, 19_500L);
        assertThat(persons).isBetween(60_000L, 70_000L);
        assertThat(baDinh).isEqualTo(2778);
        assertThat(baDinhPersons).isBetween(10_000L, 11_500L);
    }

    @Test
    void everyPersonIsInOneHouseholdAtATimeAndEveryHouseholdHasOneHeadAtATime() {
        DemoTown town = town();
        Map<Long, List<DemoTown.M>> byPerson = new HashMap<>();
        Map<Long, List<DemoTown.M>> headsByHousehold = new HashMap<>();
        for (DemoTown.M m : town.memberships) {
            assertThat(m.to == null || m.to.isAfter(m.from)).as("membership %d", m.id).isTrue();
            byPerson.computeIfAbsent(m.person.id, k -> new ArrayList<>()).add(m);
            if (m.relation == Relation.HEAD) {
                headsByHousehold.computeIfAbsent(m.household.id, k -> new ArrayList<>()).add(m);
            }
        }
        byPerson.values().forEach(DemoTownTest::noOverlap);
        headsByHousehold.values().forEach(DemoTownTest::noOverlap);
    }

    @Test
    void citizenIdsAreUniqueAndWellFormedForTheirHolders() {
        Set<String> seen = new HashSet<>();
        for (DemoTown.P p : town().persons) {
            if (p.citizenId != null) {
                assertThat(seen.add(p.citizenId)).as("unique %s", p.citizenId).isTrue();
                assertThat(CitizenIdPolicy.check(p.citizenId, p.sex, p.birth)).as(p.citizenId).isEmpty();
            }
        }
        assertThat(seen).hasSizeGreaterThan(60_000);
    }

    @Test
    void theSameSeedGivesTheSameTown() {
        DemoTown a = town();
        DemoTown b = town();
        assertThat(a.persons.size()).isEqualTo(b.persons.size());
        assertThat(a.persons.get(12_345).name).isEqualTo(b.persons.get(12_345).name);
    }

    private static void noOverlap(List<DemoTown.M> rows) {
        rows.sort((x, y) -> x.from.compareTo(y.from));
        for (int i = 1; i < rows.size(); i++) {
            DemoTown.M prev = rows.get(i - 1);
            assertThat(prev.to).as("membership %d closed before %d", prev.id, rows.get(i).id).isNotNull();
            assertThat(prev.to).isBeforeOrEqualTo(rows.get(i).from);
        }
    }
}
