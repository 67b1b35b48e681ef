package vn.chungsuc.evaluation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.evaluation.AwardForm;
import vn.chungsuc.evaluation.EvaluationPermissions;
import vn.chungsuc.evaluation.RecipientKind;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The awards register. Recording an award checks its fields, that the user may record awards for the issuer's unit
 * and "one achievement, one award" ({@link #sameAchievement}): an award for the same recipient, the same achievement
 * (accents, case and spacing ignored) and the same period is refused, naming the earlier award's decision.
 */
@Service
@Transactional(readOnly = true)
public class Awards {

    static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final EvaluationPermissions permissions;
    private final Today today;
    private final AuditLog audit;

    Awards(JdbcClient jdbc, TerritoryApi territory, EvaluationPermissions permissions, Today today, AuditLog audit) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.permissions = permissions;
        this.today = today;
        this.audit = audit;
    }

    /** What the API and forms send, as text, so that every bad value is refused with its field. */
    public record NewAward(String form, String issuerUnit, String decisionNumber, String decisionDate,
            String achievement, String period, String recipientKind, String recipientId, String recipientName) {
    }

    /** An award as recorded. */
    public record Award(long id, AwardForm form, String issuerUnit, String decisionNumber, LocalDate decisionDate,
            String achievement, String period, RecipientKind recipientKind, String recipientId,
            String recipientName) {
    }

    @Transactional
    public long record(NewAward a) {
        return record(a, null);
    }

    /** Records an award decided at an occasion (a review, a Great Unity Day), or at none when it is null. */
    @Transactional
    public long record(NewAward a, vn.chungsuc.shared.awards.AwardRegister.Occasion occasion) {
        List<Refused.Reason> wrong = new ArrayList<>();
        AwardForm form = pick(AwardForm.values(), a.form(), "form", wrong);
        RecipientKind kind = pick(RecipientKind.values(), a.recipientKind(), "recipient.kind", wrong);
        String number = text(a.decisionNumber(), "decisionNumber", 100, wrong);
        String achievement = text(a.achievement(), "achievement", MAX_TEXT, wrong);
        LocalDate date = Dates.parse(a.decisionDate()).orElse(null);
        if (date == null) {
            wrong.add(Refused.Reason.of("decisionDate", "evaluation.award.date.invalid"));
        } else if (date.isAfter(today.date())) {
            wrong.add(Refused.Reason.of("decisionDate", "evaluation.award.date.future", date));
        }
        Period period = a.period() != null && Period.valid(a.period()) ? Period.parse(a.period()) : null;
        if (period == null) {
            wrong.add(Refused.Reason.of("period", "evaluation.award.period.invalid"));
        } else if (date != null && period.start().isAfter(date)) {
            wrong.add(Refused.Reason.of("period", "evaluation.award.period.after"));
        }
        String id = blankToNull(a.recipientId(), 100);
        String name = blankToNull(a.recipientName(), MAX_TEXT);
        if (kind != null && id == null && name == null) {
            wrong.add(Refused.Reason.of("recipient", "evaluation.award.recipient.missing"));
        }
        if (kind == RecipientKind.COLLECTIVE && id != null && name == null) {
            wrong.add(Refused.Reason.of("recipient.name", "evaluation.award.recipient.collective"));
        }
        UnitView issuer = null;
        String unit = blankToNull(a.issuerUnit(), 40);
        if (unit == null) {
            wrong.add(Refused.Reason.of("issuerUnit", "evaluation.award.issuer.missing"));
        } else {
            LocalDate on = date == null ? today.date() : date;
            issuer = territory.find(unit, on, UnitScope.ALL)
                    .or(() -> territory.versions(unit, UnitScope.ALL).stream().reduce((x, y) -> y)).orElse(null);
            if (issuer == null) {
                wrong.add(Refused.Reason.of("issuerUnit", "evaluation.award.issuer.unknown", unit));
            }
        }
        if (!wrong.isEmpty()) {
            throw new Refused(wrong);
        }
        if (!permissions.mayAt("award.record", issuer.path())) {
            throw new AccessDeniedException("may not record awards of " + unit);
        }
        String recipientKey = kind.name() + ":" + (id != null ? id : VietnameseText.searchKey(name));
        String achievementKey = VietnameseText.searchKey(achievement);
        sameAchievement(recipientKey, achievementKey, period).ifPresent(earlier -> {
            throw repeated(earlier);
        });
        long awardId;
        try {
            awardId = jdbc.sql("""
                    insert into evaluation_award (form, issuer_unit, decision_number, decision_date, achievement,
                        achievement_key, period, recipient_kind, recipient_id, recipient_name, recipient_key,
                        recorded_by, occasion_kind, occasion_id)
                    values (:form, :unit, :number, :date, :achievement, :akey, :period, :kind, :rid, :rname, :rkey,
                        :by, :okind, :oid) returning id""")
                    .param("form", form.name()).param("unit", unit).param("number", number).param("date", date)
                    .param("achievement", achievement).param("akey", achievementKey).param("period", period.code())
                    .param("kind", kind.name()).param("rid", id).param("rname", name).param("rkey", recipientKey)
                    .param("by", permissions.username())
                    .param("okind", occasion == null ? null : occasion.kind())
                    .param("oid", occasion == null ? null : occasion.id()).query(Long.class).single();
        } catch (DuplicateKeyException race) {
            throw repeated(sameAchievement(recipientKey, achievementKey, period).orElseThrow(() -> race));
        }
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("form", form.name());
        value.put("decision", number);
        value.put("period", period.code());
        value.put("recipient", recipientKey);
        if (occasion != null) {
            value.put("occasion", occasion.kind() + ":" + occasion.id());
        }
        audit.record("CREATE", "evaluation.award", String.valueOf(awardId), form.name() + " " + number, null, value);
        return awardId;
    }

    /** The earlier award for the same recipient, achievement and period, if any. */
    Optional<Award> sameAchievement(String recipientKey, String achievementKey, Period period) {
        return jdbc.sql("""
                select * from evaluation_award
                where recipient_key = :r and achievement_key = :a and period = :p""")
                .param("r", recipientKey).param("a", achievementKey).param("p", period.code())
                .query((rs, i) -> award(rs)).optional();
    }

    public Optional<Award> find(long id) {
        Optional<Award> a = jdbc.sql("select * from evaluation_award where id = :id").param("id", id)
                .query((rs, i) -> award(rs)).optional();
        a.ifPresent(x -> {
            String path = territory.versions(x.issuerUnit(), UnitScope.ALL).stream().reduce((p, q) -> q)
                    .map(UnitView::path).orElse(null);
            if (path == null || !permissions.mayAt("award.view", path)) {
                throw new AccessDeniedException("may not view award " + id);
            }
        });
        return a;
    }

    /** A page of the register: filters as typed (empty: any), the words matched without diacritics. */
    public record Filter(String q, String form, String period, String issuer, String kind) {
    }

    public record Found(List<Award> awards, long total) {
    }

    /**
     * The awards the user may view (by their issuer's unit), newest decision first, matching the filter: the words
     * in the achievement, the recipient or the decision number; the form, the period, the issuer and the recipient's
     * kind exactly.
     */
    public Found search(Filter f, int page, int size) {
        List<String> visible = jdbc.sql("select distinct issuer_unit from evaluation_award").query(String.class)
                .list().stream().filter(unit -> territory.versions(unit, UnitScope.ALL).stream()
                        .reduce((p, q) -> q).map(u -> permissions.mayAt("award.view", u.path())).orElse(false))
                .toList();
        if (visible.isEmpty()) {
            return new Found(List.of(), 0);
        }
        StringBuilder where = new StringBuilder(" where issuer_unit in (:units)");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("units", visible);
        String key = VietnameseText.searchKey(f.q() == null ? "" : f.q().length() > 200 ? f.q().substring(0, 200)
                : f.q());
        if (!key.isEmpty()) {
            where.append(" and (achievement_key like :k or recipient_key like :k or lower(decision_number) like :k)");
            params.put("k", "%" + key.replace("%", "").replace("_", "") + "%");
        }
        addExact(where, params, "form", f.form());
        addExact(where, params, "period", f.period());
        addExact(where, params, "issuer_unit", f.issuer());
        addExact(where, params, "recipient_kind", f.kind());
        var count = jdbc.sql("select count(*) from evaluation_award" + where);
        var list = jdbc.sql("select * from evaluation_award" + where
                + " order by decision_date desc, id desc limit :limit offset :offset");
        for (Map.Entry<String, Object> e : params.entrySet()) {
            count = count.param(e.getKey(), e.getValue());
            list = list.param(e.getKey(), e.getValue());
        }
        int s = Math.max(1, Math.min(size, 10_000));
        return new Found(list.param("limit", s).param("offset", (long) Math.max(0, page) * s)
                .query((rs, i) -> award(rs)).list(), count.query(Long.class).single());
    }

    private static void addExact(StringBuilder where, Map<String, Object> params, String column, String value) {
        if (value != null && !value.isBlank() && value.length() <= 40) {
            where.append(" and ").append(column).append(" = :").append(column);
            params.put(column, value.strip());
        }
    }

    /** The issuers the register names, for the filter: unit codes. */
    public List<String> issuers() {
        return jdbc.sql("select distinct issuer_unit from evaluation_award order by 1").query(String.class).list();
    }

    /** The periods the register names, for the filter, the latest first. */
    public List<String> periods() {
        return jdbc.sql("select distinct period from evaluation_award order by 1 desc").query(String.class).list();
    }

    private static Award award(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Award(rs.getLong("id"), AwardForm.valueOf(rs.getString("form")), rs.getString("issuer_unit"),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                rs.getString("achievement"), rs.getString("period"),
                RecipientKind.valueOf(rs.getString("recipient_kind")), rs.getString("recipient_id"),
                rs.getString("recipient_name"));
    }

    private static AlreadyAwarded repeated(Award earlier) {
        // the form by its name in the request's language: MessageSource resolves a resolvable argument first
        return new AlreadyAwarded(earlier.decisionNumber(), earlier.decisionDate(),
                new org.springframework.context.support.DefaultMessageSourceResolvable(
                        new String[] {"evaluation.award.form." + earlier.form().name()}, earlier.form().name()),
                earlier.period());
    }

    private static <E extends Enum<E>> E pick(E[] values, String text, String field, List<Refused.Reason> wrong) {
        E found = Arrays.stream(values).filter(v -> v.name().equals(text)).findFirst().orElse(null);
        if (found == null) {
            wrong.add(Refused.Reason.of(field, "evaluation.award.choice.invalid",
                    String.join(", ", Arrays.stream(values).map(Enum::name).toList())));
        }
        return found;
    }

    private static String text(String value, String field, int max, List<Refused.Reason> wrong) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            wrong.add(Refused.Reason.of(field, "evaluation.award.required"));
        } else if (v.length() > max) {
            wrong.add(Refused.Reason.of(field, "evaluation.award.long", String.valueOf(max)));
        }
        return v;
    }

    private static String blankToNull(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        return v.length() > max ? v.substring(0, max) : v;
    }
}
