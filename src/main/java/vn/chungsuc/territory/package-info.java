/**
 * Administrative units over time: the tree from the country down to residential areas (thôn, xóm, khu phố,
 * tổ dân phố), each unit with its validity dates, materialised path and GSO code, and the lineage events (merge,
 * split, rename, move) that say which units became which, and the bodies a unit has over time ({@link
 * vn.chungsuc.territory.Bodies}: UBND departments and offices, the Front committee and its member organisations, a
 * residential area's Ban Công tác Mặt trận). Every change to the tree is published as one of six events with the
 * parent type {@link vn.chungsuc.territory.UnitsChanged}. Depends on {@code shared} only.
 *
 * <p>Glossary: đơn vị hành chính – administrative unit; tỉnh / thành phố trực thuộc trung ương – province level;
 * huyện, quận, thị xã, thành phố thuộc tỉnh – district level; xã, phường, thị trấn – commune level;
 * khu dân cư – residential area; thôn, xóm (rural), khu phố, tổ dân phố (urban); sáp nhập – merge;
 * chia tách – split; đổi tên – rename; giải thể – dissolution; danh mục đơn vị hành chính – the GSO catalogue, which
 * an administrator imports with the date it is valid from; theo danh mục – (a version) opened by such an import
 * rather than by a recorded change; cơ quan chuyên môn thuộc UBND – a department (phòng, sở) or office (văn phòng)
 * of a People's Committee; tổ chức thành viên của MTTQ – a Front member organisation (Hội LHPN, Đoàn TN, Hội Nông
 * dân, Hội CCB, Công đoàn); Ban Công tác Mặt trận – a residential area's Front work committee.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.chungsuc.territory;
