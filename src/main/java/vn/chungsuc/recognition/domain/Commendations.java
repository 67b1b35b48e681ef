package vn.chungsuc.recognition.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.time.Today;

/**
 * Giấy khen for consecutive years of a title (NĐ 122/2018/NĐ-CP: 3 years for a family, 5 for a residential area;
 * the number is the criteria set's {@code commendation_years}), with windows that never overlap
 * ({@link CommendationWindows}): who is eligible for a year, and the commendations given.
 */
@Component
public class Commendations {

    /** A subject eligible for a Giấy khen for the window. */
    public record Eligible(String subjectCode, String subjectName, String countedUnit,
            CommendationWindows.Window window) {
    }

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final AuditLog audit;
    private final Today today;

    Commendations(JdbcClient jdbc, Catalogue catalogue, AuditLog audit, Today today) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.audit = audit;
        this.today = today;
    }

    /** The number of consecutive years for a Giấy khen of the title in the year, from its criteria set. */
    public Optional<Integer> years(String titleCode, int year) {
        return catalogue.setFor(titleCode, null, Rounds.evaluationDate(year))
                .map(CriteriaSet::commendationYears);
    }

    /** Subjects recognised in the year, counted in the units, whose window ending that year is eligible. */
    @Transactional(readOnly = true)
    public List<Eligible> eligible(String titleCode, int year, Collection<String> countedUnits) {
        Integer n = years(titleCode, year).orElse(null);
        if (n == null) {
            return List.of();
        }
        Map<String, String[]> subjects = new HashMap<>();
        jdbc.sql("select subject_code, subject_name, counted_unit from recognition_award where title_code = ? "
                + "and year = ? and counted_unit = any(?) order by counted_unit, subject_code")
                .params(titleCode, year, countedUnits.toArray(String[]::new))
                .query(rs -> {
                    subjects.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        if (subjects.isEmpty()) {
            return List.of();
        }
        String[] codes = subjects.keySet().toArray(String[]::new);
        Map<String, Set<Integer>> years = new HashMap<>();
        jdbc.sql("select subject_code, year from recognition_award where title_code = ? and subject_code = any(?) "
                + "and year between ? and ?").params(titleCode, codes, year - n + 1, year)
                .query(rs -> {
                    years.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getInt(2));
                });
        Map<String, List<CommendationWindows.Window>> given = given(titleCode, List.of(codes));
        List<Eligible> out = new ArrayList<>();
        subjects.forEach((code, v) -> CommendationWindows.eligible(years.getOrDefault(code, Set.of()),
                given.getOrDefault(code, List.of()), n, year).ifPresent(w -> out.add(new Eligible(code, v[0], v[1],
                w))));
        out.sort(java.util.Comparator.comparing(Eligible::countedUnit).thenComparing(Eligible::subjectCode));
        return out;
    }

    private Map<String, List<CommendationWindows.Window>> given(String titleCode, Collection<String> codes) {
        Map<String, List<CommendationWindows.Window>> out = new HashMap<>();
        jdbc.sql("select subject_code, first_year, last_year from recognition_commendation where title_code = ? "
                + "and subject_code = any(?)").params(titleCode, codes.toArray(String[]::new))
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new CommendationWindows.Window(rs.getInt(2), rs.getInt(3)));
                });
        return out;
    }

    /** Records Giấy khen for the subjects for the window ending in the year; each must be eligible. */
    @Transactional
    public int commend(String titleCode, int year, Collection<String> subjectCodes, Collection<String> countedUnits,
            String number, LocalDate signedOn) {
        if (number == null || number.isBlank()) {
            throw new RecognitionRefused("number", "recognition.refused.commendation.numberMissing");
        }
        if (signedOn == null || signedOn.isAfter(today.date()) || signedOn.getYear() < year) {
            throw new RecognitionRefused("signedOn", "recognition.refused.commendation.signedOn", year);
        }
        if (subjectCodes == null || subjectCodes.isEmpty()) {
            throw new RecognitionRefused("subject", "recognition.refused.commendation.noneChosen");
        }
        Map<String, Eligible> eligible = new HashMap<>();
        eligible(titleCode, year, countedUnits).forEach(e -> eligible.put(e.subjectCode(), e));
        for (String code : subjectCodes) {
            if (!eligible.containsKey(code)) {
                throw new RecognitionRefused("subject", "recognition.refused.commendation.notEligible", code, year);
            }
        }
        for (String code : subjectCodes) {
            CommendationWindows.Window w = eligible.get(code).window();
            jdbc.sql("insert into recognition_commendation (title_code, subject_code, first_year, last_year, number, "
                    + "signed_on, created_by) values (?, ?, ?, ?, ?, ?, ?)").params(titleCode, code, w.firstYear(),
                    w.lastYear(), number.strip(), signedOn, Rounds.actor()).update();
        }
        audit.record("CREATE", "recognition.commendation", number.strip(), "Giấy khen " + titleCode + " "
                + (year) + ": " + subjectCodes.size(), null, Map.of("subjects", subjectCodes, "year", year));
        return subjectCodes.size();
    }
}
