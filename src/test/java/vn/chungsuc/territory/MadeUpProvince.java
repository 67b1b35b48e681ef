package vn.chungsuc.territory;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A made-up province (code 97, unused by the GSO) with communes and areas whose codes start with "97-", for tests
 * whose changes to the tree are committed (through the screens, each step in its own transaction): removed again
 * afterwards, so no other test sees it. Its dates lie in 2098–2099: a change to the tree makes the dashboard drop the
 * figure sets of the units from the change's date on, and a date in the past would make the next test's dashboard
 * rebuild every set of the demo.
 */
public final class MadeUpProvince {

    static final LocalDate START = LocalDate.of(2098, 1, 1);

    private MadeUpProvince() {
    }

    /** Province 97 (if missing), and the communes {@code 97-<letters>} with two areas each, "1" and "2". */
    public static void create(Reorganisation reorganisation, TerritoryApi territory, String... communes) {
        if (territory.find("97", START, vn.chungsuc.shared.scope.UnitScope.ALL).isEmpty()) {
            reorganisation.add(NewUnit.of("97", "Thử Nghiệm Màn Hình", UnitType.PROVINCE, "VN", START));
        }
        for (String letters : communes) {
            String code = "97-" + letters;
            reorganisation.add(NewUnit.of(code, "Thử " + letters, UnitType.COMMUNE, "97", START));
            reorganisation.add(NewUnit.of(code + "-01", "1", UnitType.VILLAGE, code, START));
            reorganisation.add(NewUnit.of(code + "-02", "2", UnitType.VILLAGE, code, START));
        }
    }

    public static void remove(JdbcClient jdbc) {
        String mine = "(code = '97' or code like '97-%')";
        jdbc.sql("delete from territory_event_link where from_code = '97' or from_code like '97-%' or to_code = '97'"
                + " or to_code like '97-%'").update();
        jdbc.sql("delete from territory_event e where not exists (select 1 from territory_event_link l"
                + " where l.event_id = e.id)").update();
        jdbc.sql("delete from territory_unit_version where " + mine).update();
        jdbc.sql("delete from territory_unit where " + mine).update();
        jdbc.sql("delete from shared_audit_entry where entity_type = 'territory.unit' and (entity_id = '97'"
                + " or entity_id like '97-%')").update();
        // Plain SQL passes by the territory's read model: forget what it kept of the made-up units.
        vn.chungsuc.shared.platform.ReadCache.clearAll();
    }
}
