package vn.chungsuc.evaluation.domain;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.evaluation.EvaluationPermissions;
import vn.chungsuc.shared.awards.AwardRegister;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/** The register behind {@link AwardRegister}: records through {@link Awards}, lists what the user may view. */
@Service
@Transactional(readOnly = true)
class AwardRegisterService implements AwardRegister {

    static final int MAX_LIMIT = 500;

    private final Awards awards;
    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final EvaluationPermissions permissions;

    AwardRegisterService(Awards awards, JdbcClient jdbc, TerritoryApi territory, EvaluationPermissions permissions) {
        this.awards = awards;
        this.jdbc = jdbc;
        this.territory = territory;
        this.permissions = permissions;
    }

    @Override
    @Transactional
    public long recordAt(Occasion occasion, NewAward a) {
        return awards.record(new Awards.NewAward(a.form(), a.issuerUnit(), a.decisionNumber(), a.decisionDate(),
                a.achievement(), a.period(), a.recipientKind(), a.recipientId(), a.recipientName()), occasion);
    }

    @Override
    public List<AwardLine> decidedAt(Occasion occasion) {
        return visible(jdbc.sql("""
                select * from evaluation_award where occasion_kind = :k and occasion_id = :i
                order by decision_date, id limit :n""")
                .param("k", occasion.kind()).param("i", occasion.id()).param("n", MAX_LIMIT)
                .query((rs, i) -> line(rs)).list());
    }

    @Override
    public List<AwardLine> receivedBy(String recipientKind, String recipientId, int limit) {
        if (recipientKind == null || recipientId == null || recipientId.length() > 100) {
            return List.of();
        }
        return visible(jdbc.sql("""
                select * from evaluation_award where recipient_kind = :k and recipient_id = :i
                order by decision_date desc, id desc limit :n""")
                .param("k", recipientKind).param("i", recipientId)
                .param("n", Math.max(1, Math.min(limit, MAX_LIMIT))).query((rs, i) -> line(rs)).list());
    }

    private List<AwardLine> visible(List<AwardLine> lines) {
        Map<String, Boolean> mayView = new HashMap<>();
        return lines.stream().filter(l -> mayView.computeIfAbsent(l.issuerUnit(), unit -> {
            Optional<String> path = territory.versions(unit, UnitScope.ALL).stream().reduce((p, q) -> q)
                    .map(UnitView::path);
            return path.isPresent() && permissions.mayAt("award.view", path.get());
        })).toList();
    }

    private static AwardLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
        String form = rs.getString("form");
        return new AwardLine(rs.getLong("id"), form, "evaluation.award.form." + form, rs.getString("issuer_unit"),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                rs.getString("achievement"), rs.getString("period"), rs.getString("recipient_kind"),
                rs.getString("recipient_id"), rs.getString("recipient_name"));
    }
}
