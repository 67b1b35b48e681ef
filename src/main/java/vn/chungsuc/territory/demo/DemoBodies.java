package vn.chungsuc.territory.demo;

import static vn.chungsuc.shared.permission.Function.CULTURE;
import static vn.chungsuc.shared.permission.Function.ECONOMY;
import static vn.chungsuc.shared.permission.Function.FRONT;
import static vn.chungsuc.shared.permission.Function.FRONT_MEMBER;
import static vn.chungsuc.shared.permission.Function.HOME_AFFAIRS;
import static vn.chungsuc.shared.permission.Function.JUSTICE;
import static vn.chungsuc.shared.permission.Function.OFFICE;
import static vn.chungsuc.shared.permission.Function.POLICE;
import static vn.chungsuc.shared.permission.Function.SOCIAL_AFFAIRS;
import static vn.chungsuc.shared.permission.Function.URBAN;
import static vn.chungsuc.shared.permission.Function.AREA_FRONT;

import java.time.LocalDate;
import java.util.Set;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.BodyKind;
import vn.chungsuc.territory.NewBody;

/**
 * The bodies of the demo: thị xã Bỉm Sơn's seven departments of the 2017 programme (seed VI.1) and its Front
 * committee with five member organisations until 30/6/2025; from 1/7/2025 the offices and Front committees of the
 * two new wards; the province's departments that the demo's province officer works in; the Ban Công tác Mặt trận of
 * Khu phố 1, phường Ba Đình. Names after 2025 and every body's functions are not confirmed by a source here: they are
 * data an administrator corrects, and {@code source} says so.
 */
final class DemoBodies {

    static final LocalDate FROM = TerritoryDemoData.CATALOGUE_FROM;
    static final LocalDate TWO_TIER = TerritoryDemoData.TWO_TIER;
    static final String SEED = "Chương trình phối hợp 1995/CTrPH-UBND-UB.MTTQ ngày 09/10/2017, mục VI";
    static final String UNCONFIRMED = "Chưa xác nhận (dữ liệu mẫu, sửa được)";

    private final Bodies bodies;

    DemoBodies(Bodies bodies) {
        this.bodies = bodies;
    }

    /** Adds the demo's bodies unless the town's are there already. */
    int ensure() {
        if (bodies.find("381-VHTT").isPresent()) {
            return 0;
        }
        String town = TerritoryDemoData.BIM_SON;
        gov("381-VHTT", town, "Phòng Văn hóa và Thông tin thị xã Bỉm Sơn", SEED, TWO_TIER, CULTURE);
        gov("381-LDTBXH", town, "Phòng Lao động – Thương binh và Xã hội thị xã Bỉm Sơn", SEED, TWO_TIER,
                SOCIAL_AFFAIRS);
        gov("381-KT", town, "Phòng Kinh tế thị xã Bỉm Sơn", SEED, TWO_TIER, ECONOMY);
        gov("381-QLDT", town, "Phòng Quản lý đô thị thị xã Bỉm Sơn", SEED, TWO_TIER, URBAN);
        gov("381-TP", town, "Phòng Tư pháp thị xã Bỉm Sơn", SEED, TWO_TIER, JUSTICE);
        gov("381-CA", town, "Công an thị xã Bỉm Sơn", SEED, TWO_TIER, POLICE);
        gov("381-NV", town, "Phòng Nội vụ thị xã Bỉm Sơn", SEED, TWO_TIER, HOME_AFFAIRS);
        front(town, "thị xã Bỉm Sơn", SEED, TWO_TIER, true);
        for (String[] ward : new String[][] {{TerritoryDemoData.BIM_SON_WARD, "phường Bỉm Sơn"},
                {TerritoryDemoData.QUANG_TRUNG_WARD, "phường Quang Trung"}}) {
            String code = ward[0];
            add(code + "-VP", code, BodyKind.GOVERNMENT, "Văn phòng HĐND và UBND " + ward[1], TWO_TIER, null,
                    UNCONFIRMED, OFFICE, HOME_AFFAIRS);
            add(code + "-VHXH", code, BodyKind.GOVERNMENT, "Phòng Văn hóa – Xã hội " + ward[1], TWO_TIER, null,
                    UNCONFIRMED, CULTURE, SOCIAL_AFFAIRS);
            add(code + "-KTHTDT", code, BodyKind.GOVERNMENT, "Phòng Kinh tế, Hạ tầng và Đô thị " + ward[1], TWO_TIER,
                    null, UNCONFIRMED, ECONOMY, URBAN);
            front(code, ward[1], UNCONFIRMED, null, false);
        }
        add("38-SVHTTDL", TerritoryDemoData.THANH_HOA, BodyKind.GOVERNMENT, "Sở Văn hóa, Thể thao và Du lịch Thanh Hóa",
                FROM, null, UNCONFIRMED, CULTURE);
        add("38-MTTQ", TerritoryDemoData.THANH_HOA, BodyKind.FRONT_COMMITTEE, "Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa",
                FROM, null, UNCONFIRMED, FRONT);
        add("14812-01-BCTMT", "14812-01", BodyKind.AREA_FRONT_COMMITTEE,
                "Ban Công tác Mặt trận Khu phố 1, phường Ba Đình", FROM, null, UNCONFIRMED, AREA_FRONT);
        return 1;
    }

    private void front(String unit, String of, String source, LocalDate to, boolean district) {
        add(unit + "-MTTQ", unit, BodyKind.FRONT_COMMITTEE, "Ủy ban MTTQ Việt Nam " + of,
                district ? FROM : TWO_TIER, to, source, FRONT);
        LocalDate from = district ? FROM : TWO_TIER;
        add(unit + "-LHPN", unit, BodyKind.FRONT_MEMBER, "Hội Liên hiệp Phụ nữ " + of, from, to, source, FRONT_MEMBER);
        add(unit + "-DTN", unit, BodyKind.FRONT_MEMBER, "Đoàn TNCS Hồ Chí Minh " + of, from, to, source, FRONT_MEMBER);
        add(unit + "-HND", unit, BodyKind.FRONT_MEMBER, "Hội Nông dân " + of, from, to, source, FRONT_MEMBER);
        add(unit + "-CCB", unit, BodyKind.FRONT_MEMBER, "Hội Cựu chiến binh " + of, from, to, source, FRONT_MEMBER);
        add(unit + "-CD", unit, BodyKind.FRONT_MEMBER, district ? "Liên đoàn Lao động " + of : "Công đoàn " + of,
                from, to, source, FRONT_MEMBER);
    }

    private void gov(String code, String unit, String name, String source, LocalDate to, Function... functions) {
        add(code, unit, BodyKind.GOVERNMENT, name, FROM, to, source, functions);
    }

    private void add(String code, String unit, BodyKind kind, String name, LocalDate from, LocalDate to,
            String source, Function... functions) {
        bodies.add(new NewBody(code, unit, kind, Set.of(functions), name, from, to, source));
    }
}
