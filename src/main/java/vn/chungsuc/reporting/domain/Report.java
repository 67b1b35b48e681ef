package vn.chungsuc.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import vn.chungsuc.shared.time.Period;

/**
 * A report as recorded: what it covers, where it stands, and, once issued, its number and the hashes of its bytes.
 * The signer is an account ({@code signerUsername}); {@code signerName} is the name printed in the signature block,
 * copied from the account when it was chosen (a report issued before signers were accounts keeps a typed name).
 */
public record Report(long id, DocumentKind kind, String unitCode, String periodCode, String programme,
        String issuingBody, boolean joint, String docType, State state, String signerName, boolean signerDeputy,
        String coSignerName, Integer number, String numberText, LocalDate issuedOn, Long replacesId,
        Long replacedById, String docxSha256, String pdfSha256, String createdBy, Instant createdAt,
        String approvedBy, String signerUsername, String submittedBy) {

    public enum State {
        DRAFT, SUBMITTED, APPROVED, ISSUED
    }

    public Period period() {
        return Period.parse(periodCode);
    }

    public boolean issued() {
        return state == State.ISSUED;
    }

    public boolean editable() {
        return state == State.DRAFT;
    }
}
