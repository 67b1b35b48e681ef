package vn.chungsuc.registry.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.chungsuc.registry.domain.Relation;
import vn.chungsuc.registry.domain.Sex;

/**
 * A deterministic simulation of Bỉm Sơn's households from 1 January 2017 to 31 December 2025: the households found
 * when the register opened, then each year's births, deaths, marriages (the bride moves to the groom's household),
 * household splits (a married son's family sets up its own), moves between areas, departures and arrivals. The
 * result is plain rows for bulk loading; nothing here touches the database.
 */
final class DemoTown {

    static final LocalDate OPENED = LocalDate.of(2017, 1, 1);
    static final int LAST_YEAR = 2025;

    /** Households per commune when the register opened (Ba Đình's is the ward's published figure, c. 2017–18). */
    static final Map<String, Integer> HOUSEHOLDS = new LinkedHashMap<>();

    static {
        HOUSEHOLDS.put("14812", 2778); // Ba Đình: 2,778 households, 10,790 persons
        HOUSEHOLDS.put("14809", 2150); // Bắc Sơn
        HOUSEHOLDS.put("14815", 2500); // Lam Sơn
        HOUSEHOLDS.put("14818", 2250); // Ngọc Trạo
        HOUSEHOLDS.put("14821", 1800); // Đông Sơn (before Hà Lan joined)
        HOUSEHOLDS.put("14827", 1400); // Hà Lan
        HOUSEHOLDS.put("14823", 1750); // Phú Sơn
        HOUSEHOLDS.put("14824", 2600); // Quang Trung
    }

    static final String LARGER_FAMILIES = "14812";

    static final class H {
        final long id;
        final String code;
        final LocalDate started;
        LocalDate ended;
        String endReason;
        String address;
        final List<Loc> locations = new ArrayList<>();
        final List<M> members = new ArrayList<>();

        H(long id, String code, LocalDate started, String address) {
            this.id = id;
            this.code = code;
            this.started = started;
            this.address = address;
        }

        String area() {
            return locations.get(locations.size() - 1).area;
        }

        List<M> current() {
            List<M> out = new ArrayList<>();
            for (M m : members) {
                if (m.to == null) {
                    out.add(m);
                }
            }
            return out;
        }
    }

    record Loc(String area, LocalDate from, LocalDate[] to) {
    }

    static final class P {
        final long id;
        final String name;
        final Sex sex;
        final LocalDate birth;
        final String citizenId;
        final String ethnicity;
        final String phone;
        final String family;
        LocalDate died;
        P spouse;
        P mother;

        P(long id, String name, Sex sex, LocalDate birth, String citizenId, String ethnicity, String phone,
                String family) {
            this.id = id;
            this.name = name;
            this.sex = sex;
            this.birth = birth;
            this.citizenId = citizenId;
            this.ethnicity = ethnicity;
            this.phone = phone;
            this.family = family;
        }

        int age(LocalDate on) {
            return on.getYear() - birth.getYear();
        }
    }

    static final class M {
        final long id;
        final P person;
        final H household;
        final Relation relation;
        final LocalDate from;
        final String joinedBy;
        LocalDate to;
        String leftBy;

        M(long id, P person, H household, Relation relation, LocalDate from, String joinedBy) {
            this.id = id;
            this.person = person;
            this.household = household;
            this.relation = relation;
            this.from = from;
            this.joinedBy = joinedBy;
        }
    }

    record Event(H household, P person, String kind, LocalDate on, String area, H other, String note) {
    }

    final List<H> households = new ArrayList<>();
    final List<P> persons = new ArrayList<>();
    final List<M> memberships = new ArrayList<>();
    final List<Event> events = new ArrayList<>();

    private final Random random;
    private final SyntheticPeople people;
    private final Map<String, List<String>> areasByCommune;
    private final Map<String, List<String>> streetsByCommune;
    private final Map<String, Integer> sequence = new HashMap<>();
    private final Map<String, String> communeOfArea = new HashMap<>();
    private final List<String> allAreas = new ArrayList<>();
    private long nextHousehold = 1;
    private long nextPerson = 1;
    private long nextMembership = 1;
    private int serial = 1;

    DemoTown(long seed, Map<String, List<String>> areasByCommune, Map<String, List<String>> streetsByCommune) {
        this.random = new Random(seed);
        this.people = new SyntheticPeople(random);
        this.areasByCommune = areasByCommune;
        this.streetsByCommune = streetsByCommune;
        areasByCommune.forEach((commune, areas) -> areas.forEach(a -> {
            communeOfArea.put(a, commune);
            allAreas.add(a);
        }));
    }

    DemoTown run() {
        for (Map.Entry<String, Integer> e : HOUSEHOLDS.entrySet()) {
            List<String> areas = areasByCommune.get(e.getKey());
            if (areas == null || areas.isEmpty()) {
                continue;
            }
            for (int i = 0; i < e.getValue(); i++) {
                String area = areas.get(i % areas.size());
                initialHousehold(area);
            }
        }
        for (int year = OPENED.getYear(); year <= LAST_YEAR; year++) {
            simulateYear(year);
        }
        addLikelyDuplicates();
        return this;
    }

    // ----- the register when it opened --------------------------------------------------------------------------

    private void initialHousehold(String area) {
        H h = newHousehold(area, OPENED);
        LocalDate on = OPENED;
        int headAge = 24 + (int) Math.round(Math.abs(random.nextGaussian()) * 22);
        headAge = Math.min(headAge, 92);
        Sex headSex = random.nextDouble() < 0.76 ? Sex.MALE : Sex.FEMALE;
        String family = people.familyName();
        P head = person(family, headSex, birthOn(on, headAge));
        join(head, h, Relation.HEAD, on, "ENTERED");
        P spouse = null;
        double married = headAge < 30 ? 0.6 : headAge < 70 ? 0.88 : 0.55;
        if (random.nextDouble() < married) {
            Sex s = headSex == Sex.MALE ? Sex.FEMALE : Sex.MALE;
            int age = Math.max(19, headAge + (headSex == Sex.MALE ? -1 : 1) * (1 + random.nextInt(5)));
            spouse = person(s == Sex.MALE ? people.familyName() : people.familyName(), s, birthOn(on, age));
            marry(head, spouse);
            join(spouse, h, Relation.SPOUSE, on, "ENTERED");
        }
        P mother = headSex == Sex.FEMALE ? head : spouse;
        String childFamily = headSex == Sex.MALE ? family : spouse != null ? spouse.family : family;
        int maxChildAge = headAge - 22;
        if (maxChildAge >= 0) {
            int children = headAge < 30 ? random.nextInt(2) + (random.nextBoolean() ? 1 : 0)
                    : headAge < 60 ? 1 + random.nextInt(3) : random.nextInt(2);
            // Ba Đình's published figures give 3.88 persons a household, above the town's average.
            if (LARGER_FAMILIES.equals(communeOfArea.get(area)) && random.nextDouble() < 0.27) {
                children++;
            }
            for (int i = 0; i < children; i++) {
                int age = random.nextInt(Math.min(maxChildAge, 30) + 1);
                Sex sex = people.sex();
                P child = person(childFamily, sex, birthOn(on, age));
                child.mother = mother;
                join(child, h, Relation.CHILD, on, "ENTERED");
                if (sex == Sex.MALE && age >= 24 && random.nextDouble() < 0.55) {
                    P wife = person(people.familyName(), Sex.FEMALE, birthOn(on, Math.max(20, age - 2)));
                    marry(child, wife);
                    join(wife, h, Relation.CHILD_IN_LAW, on, "ENTERED");
                    int grand = random.nextInt(3);
                    for (int g = 0; g < grand; g++) {
                        P gc = person(childFamily, people.sex(), birthOn(on, random.nextInt(Math.max(1, age - 22))));
                        gc.mother = wife;
                        join(gc, h, Relation.GRANDCHILD, on, "ENTERED");
                    }
                }
            }
        }
        if (headAge < 48 && random.nextDouble() < 0.12) {
            P parent = person(headSex == Sex.MALE ? family : people.familyName(), people.sex(),
                    birthOn(on, headAge + 24 + random.nextInt(8)));
            join(parent, h, Relation.PARENT, on, "ENTERED");
        }
        event(h, head, "REGISTERED", on, area, null, null);
    }

    // ----- a year of life ---------------------------------------------------------------------------------------

    private void simulateYear(int year) {
        List<H> active = new ArrayList<>();
        for (H h : households) {
            if (h.ended == null) {
                active.add(h);
            }
        }
        for (H h : active) {
            if (h.ended != null) {
                continue;
            }
            List<M> current = h.current();
            // Deaths.
            for (M m : current) {
                LocalDate on = dayIn(year, m.from);
                if (m.to == null && random.nextDouble() < deathRate(m.person.age(on))) {
                    die(m, on);
                }
            }
            if (h.ended != null) {
                continue;
            }
            // Births: a wife or daughter-in-law of child-bearing age.
            for (M m : h.current()) {
                P p = m.person;
                LocalDate on = dayIn(year, m.from);
                if (p.sex == Sex.FEMALE && p.spouse != null && p.age(on) >= 20 && p.age(on) <= 42
                        && (m.relation == Relation.SPOUSE || m.relation == Relation.CHILD_IN_LAW
                        || m.relation == Relation.HEAD) && random.nextDouble() < 0.075) {
                    Relation r = m.relation == Relation.CHILD_IN_LAW ? Relation.GRANDCHILD : Relation.CHILD;
                    P baby = person(p.spouse.family, people.sex(), on);
                    baby.mother = p;
                    join(baby, h, r, on, "BORN");
                    event(h, baby, "BORN", on, h.area(), null, null);
                }
            }
            // Marriages: an unmarried son brings his bride home.
            for (M m : h.current()) {
                P p = m.person;
                LocalDate on = dayIn(year, m.from);
                if (m.relation == Relation.CHILD && p.sex == Sex.MALE && p.spouse == null && p.age(on) >= 23
                        && p.age(on) <= 35 && random.nextDouble() < 0.09) {
                    marryFromTown(p, h, on);
                }
            }
            // Splits: a married son's family sets up its own household.
            for (M m : h.current()) {
                P p = m.person;
                LocalDate on = dayIn(year, m.from);
                if (m.relation == Relation.CHILD && p.spouse != null && h.ended == null
                        && random.nextDouble() < 0.10 && on.isAfter(m.from)) {
                    split(h, m, on);
                }
            }
            if (h.ended != null) {
                continue;
            }
            double x = random.nextDouble();
            LocalDate on = dayIn(year, h.locations.get(h.locations.size() - 1).from());
            if (x < 0.004) {
                moveHousehold(h, on);
            } else if (x < 0.007) {
                endHousehold(h, on, "MOVED_AWAY", "MOVED_OUT");
            } else if (x < 0.020) {
                // A young adult leaves to work or study elsewhere.
                for (M m : h.current()) {
                    int age = m.person.age(on);
                    if (m.relation == Relation.CHILD && m.person.spouse == null && age >= 18 && age <= 30
                            && on.isAfter(m.from)) {
                        leave(m, on, "MOVED_OUT");
                        event(h, m.person, "LEFT", on, h.area(), null, null);
                        break;
                    }
                }
            }
        }
        // Arrivals: families moving into the town.
        int arrivals = (int) Math.round(households.size() * 0.005);
        for (int i = 0; i < arrivals; i++) {
            String area = allAreas.get(random.nextInt(allAreas.size()));
            LocalDate on = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            H h = newHousehold(area, on);
            int headAge = 25 + random.nextInt(25);
            String family = people.familyName();
            P head = person(family, Sex.MALE, birthOn(on, headAge), true);
            join(head, h, Relation.HEAD, on, "MOVED_IN");
            P wife = person(people.familyName(), Sex.FEMALE, birthOn(on, headAge - 2), true);
            marry(head, wife);
            join(wife, h, Relation.SPOUSE, on, "MOVED_IN");
            for (int c = 0; c < random.nextInt(3); c++) {
                P child = person(family, people.sex(), birthOn(on, random.nextInt(Math.max(1, headAge - 23))), true);
                child.mother = wife;
                join(child, h, Relation.CHILD, on, "MOVED_IN");
            }
            event(h, head, "REGISTERED", on, area, null, "Chuyển đến từ nơi khác");
        }
    }

    private double deathRate(int age) {
        return age < 1 ? 0.003 : age < 50 ? 0.0015 : age < 60 ? 0.006 : age < 70 ? 0.014 : age < 80 ? 0.04 : 0.11;
    }

    private void die(M m, LocalDate on) {
        H h = m.household;
        m.person.died = on;
        if (m.person.spouse != null) {
            m.person.spouse.spouse = null;
        }
        leave(m, on, "DIED");
        event(h, m.person, "DIED", on, h.area(), null, null);
        if (m.relation == Relation.HEAD) {
            newHead(h, on);
        }
        if (h.current().isEmpty()) {
            endHousehold(h, on, "NO_MEMBERS", null);
        }
    }

    /** The spouse, else the oldest member, takes over as head. */
    private void newHead(H h, LocalDate on) {
        List<M> current = h.current();
        if (current.isEmpty()) {
            return;
        }
        M next = null;
        for (M m : current) {
            if (m.relation == Relation.SPOUSE) {
                next = m;
            }
        }
        if (next == null) {
            for (M m : current) {
                if (next == null || m.person.birth.isBefore(next.person.birth)) {
                    next = m;
                }
            }
        }
        if (!on.isAfter(next.from)) {
            on = next.from.plusDays(1);
        }
        leave(next, on, "RELATION");
        join(next.person, h, Relation.HEAD, on, "RELATION");
        event(h, next.person, "HEAD_CHANGED", on, h.area(), null, null);
    }

    private void marryFromTown(P groom, H h, LocalDate on) {
        // The bride comes from another household of the town when one has an unmarried daughter; else from outside.
        for (int attempt = 0; attempt < 20; attempt++) {
            H other = households.get(random.nextInt(households.size()));
            if (other == h || other.ended != null) {
                continue;
            }
            for (M m : other.current()) {
                P p = m.person;
                if (m.relation == Relation.CHILD && p.sex == Sex.FEMALE && p.spouse == null && p.age(on) >= 20
                        && p.age(on) <= 32 && on.isAfter(m.from)) {
                    leave(m, on, "MOVED");
                    marry(groom, p);
                    join(p, h, Relation.CHILD_IN_LAW, on, "MOVED_IN");
                    event(other, p, "LEFT", on, other.area(), h, "Kết hôn");
                    event(h, p, "JOINED", on, h.area(), other, "Kết hôn");
                    if (other.current().isEmpty()) {
                        endHousehold(other, on, "NO_MEMBERS", null);
                    }
                    return;
                }
            }
        }
        P bride = person(people.familyName(), Sex.FEMALE, birthOn(on, Math.max(20, groom.age(on) - 2)), true);
        marry(groom, bride);
        join(bride, h, Relation.CHILD_IN_LAW, on, "MOVED_IN");
        event(h, bride, "JOINED", on, h.area(), null, "Kết hôn");
    }

    private void split(H h, M son, LocalDate on) {
        List<M> leaving = new ArrayList<>();
        for (M m : h.current()) {
            P p = m.person;
            if (m.from.isBefore(on) && (m == son || p == son.person.spouse
                    || (m.relation == Relation.GRANDCHILD && p.mother == son.person.spouse))) {
                leaving.add(m);
            }
        }
        if (leaving.size() == h.current().size() || leaving.stream().noneMatch(m -> m == son)) {
            return;
        }
        String area = random.nextDouble() < 0.8 ? h.area()
                : areasByCommune.get(communeOfArea.get(h.area())).get(random.nextInt(
                        areasByCommune.get(communeOfArea.get(h.area())).size()));
        H n = newHousehold(area, on);
        for (M m : leaving) {
            leave(m, on, "SPLIT");
            Relation r = m == son ? Relation.HEAD : m.person == son.person.spouse ? Relation.SPOUSE : Relation.CHILD;
            join(m.person, n, r, on, "SPLIT");
        }
        String note = leaving.size() + " nhân khẩu";
        event(h, null, "SPLIT", on, h.area(), n, note);
        event(n, son.person, "SPLIT", on, area, h, note);
    }

    private void moveHousehold(H h, LocalDate on) {
        Loc last = h.locations.get(h.locations.size() - 1);
        if (!on.isAfter(last.from())) {
            return;
        }
        String to = allAreas.get(random.nextInt(allAreas.size()));
        if (to.equals(last.area())) {
            return;
        }
        last.to()[0] = on;
        h.locations.add(new Loc(to, on, new LocalDate[1]));
        h.address = address(to);
        event(h, null, "MOVED", on, to, null, "Từ " + last.area() + " đến " + to);
    }

    private void endHousehold(H h, LocalDate on, String reason, String membersLeftBy) {
        Loc last = h.locations.get(h.locations.size() - 1);
        if (!on.isAfter(last.from()) || !on.isAfter(h.started)) {
            on = (last.from().isAfter(h.started) ? last.from() : h.started).plusDays(1);
        }
        for (M m : h.current()) {
            if (!on.isAfter(m.from)) {
                return;
            }
        }
        for (M m : h.current()) {
            leave(m, on, membersLeftBy);
        }
        last.to()[0] = on;
        h.ended = on;
        h.endReason = reason;
        event(h, null, "ENDED", on, last.area(), null, reason);
    }

    /** Some people were entered twice (at their parents' and at their spouse's): the duplicates list finds them. */
    private void addLikelyDuplicates() {
        int added = 0;
        for (int i = 0; i < households.size() && added < 14; i += 977) {
            H h = households.get(i);
            if (h.ended != null) {
                continue;
            }
            List<M> current = h.current();
            M m = current.get(current.size() - 1);
            P p = m.person;
            List<String> areas = areasByCommune.get(communeOfArea.get(h.area()));
            H other = null;
            for (H candidate : households) {
                if (candidate != h && candidate.ended == null && areas.contains(candidate.area())
                        && candidate.id % 7 == added % 7) {
                    other = candidate;
                    break;
                }
            }
            if (other == null) {
                continue;
            }
            LocalDate on = LocalDate.of(2024, 3, 1 + added);
            if (!on.isAfter(other.started)) {
                continue;
            }
            P copy = new P(nextPerson++, p.name, p.sex, p.birth, null, p.ethnicity, null, p.family);
            persons.add(copy);
            join(copy, other, Relation.OTHER, on, "ENTERED");
            added++;
        }
    }

    // ----- building blocks ---------------------------------------------------------------------------------------

    private H newHousehold(String area, LocalDate on) {
        int seq = sequence.merge(area, 1, Integer::sum);
        H h = new H(nextHousehold++, area + "-" + String.format("%04d", seq), on, address(area));
        h.locations.add(new Loc(area, on, new LocalDate[1]));
        households.add(h);
        return h;
    }

    private String address(String area) {
        List<String> streets = streetsByCommune.get(communeOfArea.get(area));
        if (streets == null || streets.isEmpty()) {
            return "";
        }
        return "Số " + (1 + random.nextInt(250)) + ", đường " + streets.get(random.nextInt(streets.size()));
    }

    private P person(String family, Sex sex, LocalDate birth) {
        return person(family, sex, birth, false);
    }

    private P person(String family, Sex sex, LocalDate birth, boolean fromElsewhere) {
        int year = birth.getYear();
        String name = people.fullName(family, sex, year);
        String province = fromElsewhere && random.nextBoolean() ? "037" : people.birthProvince();
        String citizenId = random.nextDouble() < 0.97 ? SyntheticPeople.citizenId(province, sex, year, serial++) : null;
        int age = LAST_YEAR - year;
        String phone = age >= 18 && age <= 75 && random.nextDouble() < 0.8 ? people.mobile() : null;
        P p = new P(nextPerson++, name, sex, birth, citizenId, people.ethnicity(), phone, family);
        persons.add(p);
        return p;
    }

    private void marry(P a, P b) {
        a.spouse = b;
        b.spouse = a;
    }

    private void join(P p, H h, Relation relation, LocalDate on, String joinedBy) {
        M m = new M(nextMembership++, p, h, relation, on, joinedBy);
        h.members.add(m);
        memberships.add(m);
    }

    private void leave(M m, LocalDate on, String leftBy) {
        m.to = on;
        m.leftBy = leftBy;
    }

    private void event(H h, P p, String kind, LocalDate on, String area, H other, String note) {
        events.add(new Event(h, p, kind, on, area, other, note));
    }

    private LocalDate birthOn(LocalDate on, int age) {
        return on.minusYears(age).minusDays(1 + random.nextInt(364));
    }

    /** A day of the year after {@code after}. */
    private LocalDate dayIn(int year, LocalDate after) {
        LocalDate d = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        return d.isAfter(after) ? d : after.plusDays(1 + random.nextInt(60));
    }
}
