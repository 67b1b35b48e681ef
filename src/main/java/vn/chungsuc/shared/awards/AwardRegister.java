package vn.chungsuc.shared.awards;

import java.time.LocalDate;
import java.util.List;

/**
 * The awards register as other modules see it (implemented by {@code evaluation}): a review (sơ kết, tổng kết) or a
 * Great Unity Day records the awards decided there and lists them, and a person's or an organisation's page lists
 * what it received, without knowing the register's tables. Recording applies the register's rules ("one achievement,
 * one award", Luật Thi đua, khen thưởng 2022 Điều 80 — refused with the earlier decision named) and its permission
 * check on the issuer's unit, exactly as {@code POST /api/v1/awards} does.
 */
public interface AwardRegister {

    /**
     * Where awards were decided: the owning module's record by kind and id, e.g. {@code ("PLAN_REVIEW", 12)} or
     * {@code ("UNITY_DAY", 40)}. The register keeps the pair as data; it does not read the other module.
     */
    record Occasion(String kind, long id) {
        public Occasion {
            if (kind == null || kind.isBlank() || kind.length() > 40) {
                throw new IllegalArgumentException("occasion kind");
            }
        }
    }

    /**
     * An award to record, as text so that each bad value is refused with its field (the API's names: form one of
     * GIAY_KHEN, BANG_KHEN, CO_THI_DUA, DANH_HIEU; recipientKind one of PERSON, COLLECTIVE, HOUSEHOLD, ORGANISATION;
     * period "2019", "2019-H1" or "2017-2019"; decisionDate ISO).
     */
    record NewAward(String form, String issuerUnit, String decisionNumber, String decisionDate, String achievement,
            String period, String recipientKind, String recipientId, String recipientName) {
    }

    /** An award as recorded; {@code formKey} is the message key of its form's Vietnamese name. */
    record AwardLine(long id, String form, String formKey, String issuerUnit, String decisionNumber,
            LocalDate decisionDate, String achievement, String period, String recipientKind, String recipientId,
            String recipientName) {
    }

    /**
     * Records an award decided at an occasion and returns its id. Throws {@code shared.problem.Refused} for bad
     * fields or a repeated achievement (naming the earlier decision) and {@code AccessDeniedException} when the user
     * may not record awards for the issuer's unit.
     */
    long recordAt(Occasion occasion, NewAward award);

    /** The awards decided at an occasion, by decision date; empty when none (or none the user may view). */
    List<AwardLine> decidedAt(Occasion occasion);

    /**
     * What a recipient received (kind PERSON / HOUSEHOLD / ORGANISATION with the registry's id or code), newest first,
     * at most {@code limit} lines; only awards whose issuer the user may view.
     */
    List<AwardLine> receivedBy(String recipientKind, String recipientId, int limit);
}
