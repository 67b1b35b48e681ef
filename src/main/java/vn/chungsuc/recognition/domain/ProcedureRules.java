package vn.chungsuc.recognition.domain;

import java.math.BigDecimal;

/**
 * The meeting and vote rules of a criteria set. Under NĐ 122/2018/NĐ-CP Điều 9 (families) and Điều 14–15 (areas)
 * the meeting is valid when at least 60% of the invitees attend, and a subject passes when at least 60% of the
 * attendees agree; the shares are data of each criteria set ({@code recognition_criteria_set.quorum_percent},
 * {@code approval_percent}), so another regime or a province's practice only changes the data.
 *
 * @param quorumPercent share of invitees who must attend, null when the regime sets none
 * @param approvalPercent share of attendees who must agree, null when the regime sets none
 */
public record ProcedureRules(BigDecimal quorumPercent, BigDecimal approvalPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Whether the attendees make the meeting valid: attendees ≥ quorum% × invitees, exactly (no rounding). */
    public boolean quorumMet(int invitees, int attendees) {
        if (invitees <= 0 || attendees < 0 || attendees > invitees) {
            return false;
        }
        if (quorumPercent == null) {
            return attendees > 0;
        }
        return BigDecimal.valueOf(attendees).multiply(HUNDRED)
                .compareTo(quorumPercent.multiply(BigDecimal.valueOf(invitees))) >= 0;
    }

    /** Whether a subject passes: agree ≥ approval% × attendees, exactly (no rounding). */
    public boolean passes(int attendees, int agree) {
        if (attendees <= 0 || agree < 0 || agree > attendees) {
            return false;
        }
        if (approvalPercent == null) {
            return agree * 2 > attendees;
        }
        return BigDecimal.valueOf(agree).multiply(HUNDRED)
                .compareTo(approvalPercent.multiply(BigDecimal.valueOf(attendees))) >= 0;
    }

    /** The smallest number of attendees for a valid meeting. */
    public int minimumAttendees(int invitees) {
        for (int a = 0; a <= invitees; a++) {
            if (quorumMet(invitees, a)) {
                return a;
            }
        }
        return invitees;
    }

    /** The smallest number of agreeing attendees for a subject to pass. */
    public int minimumAgree(int attendees) {
        for (int a = 0; a <= attendees; a++) {
            if (passes(attendees, a)) {
                return a;
            }
        }
        return attendees;
    }
}
