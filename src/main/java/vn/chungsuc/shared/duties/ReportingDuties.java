package vn.chungsuc.shared.duties;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.chungsuc.shared.time.Period;

/**
 * What a module expects units to submit for a period and what they did: a residential area's self-assessment, a
 * commune's 6-month report, a task's progress. Contributed (like {@code StatisticSource}) so that the completeness
 * page and the reminders (in {@code plan}) know no feature module. The contributor says who was expected and when
 * each submitted; whether that was on time and whether edits are still open are the completeness settings' business,
 * not the contributor's.
 */
public interface ReportingDuties {

    /** A kind of submission this module expects, e.g. {@code EVALUATION_SELF_ASSESSMENT}; label as a message key. */
    record DutyKind(String code, String labelKey) {
    }

    /**
     * One unit's duty for a period: the unit expected to submit, when it submitted (empty while it has not), and
     * where its officers do it (a path inside the app).
     */
    record Duty(String kind, String unitCode, String periodCode, Optional<LocalDate> submittedOn, String href) {
    }

    /** The kinds this module contributes. */
    List<DutyKind> kinds();

    /**
     * For a kind and a period, one line per unit (among {@code unitCodes}, codes valid on the period's end) that was
     * expected to submit. Units the module does not expect anything from are left out.
     */
    List<Duty> expected(String kind, Period period, Collection<String> unitCodes);
}
