package vn.chungsuc.campaign;

/**
 * A target of a programme.
 *
 * @param code short stable code within the programme ("NTM-1", "DTVM-3")
 * @param label the programme's own wording
 * @param shortLabel a few words for tables and charts
 * @param indicatorCode the indicator that measures it (defined by the indicators module), or null
 * @param contentNumber which of the programme's contents it belongs to, or null
 * @param legalBasis a regulation the target cites (decision 488/2014/QĐ-UBND), or null
 */
public record TargetView(long id, long programmeId, String code, int seq, TargetGroup group, String label,
        String shortLabel, Subject subject, Population population, Goal goal, int deadlineYear, String indicatorCode,
        Integer contentNumber, String legalBasis) {
}
