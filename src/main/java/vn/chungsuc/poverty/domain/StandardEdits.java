package vn.chungsuc.poverty.domain;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;

/**
 * Corrections of the standards by an administrator, when a legal text confirms (or changes) what the domain research
 * could not: lines, the deprivation threshold, score thresholds, and the indicators (their wording, whether they
 * are confirmed, new indicators for NĐ 351/2025 once its list is published). Every change is audited.
 */
@Component
public class StandardEdits {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Standards standards;

    StandardEdits(JdbcClient jdbc, AuditLog audit, Standards standards) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.standards = standards;
    }

    /** New lines (đồng per person per month; an "alone" line may be null) and the deprivation threshold. */
    @Transactional
    public void lines(String code, Long ruralAlone, Long urbanAlone, long ruralUpper, long urbanUpper,
            int minDeprivations, boolean confirmed, String note) {
        Standard before = standards.find(code).orElseThrow(() -> new RoundRefused("poverty.standard.notFound", code));
        if (ruralUpper <= 0 || urbanUpper <= 0 || minDeprivations < 1 || minDeprivations > before.indicators().size()
                || (ruralAlone != null && (ruralAlone <= 0 || ruralAlone > ruralUpper))
                || (urbanAlone != null && (urbanAlone <= 0 || urbanAlone > urbanUpper))) {
            throw new RoundRefused("poverty.standard.badLines");
        }
        jdbc.sql("""
                update poverty_standard set rural_alone_line = :ra, urban_alone_line = :ua, rural_upper_line = :ru,
                  urban_upper_line = :uu, min_deprivations = :m, confirmed = :c, note = :note where code = :code""")
                .param("ra", ruralAlone).param("ua", urbanAlone).param("ru", ruralUpper).param("uu", urbanUpper)
                .param("m", minDeprivations).param("c", confirmed).param("note", note).param("code", code).update();
        audit.record("UPDATE", "POVERTY_STANDARD", code, "Sửa chuẩn nghèo " + code,
                Map.of("ruralUpper", before.ruralUpperLine(), "urbanUpper", before.urbanUpperLine(),
                        "minDeprivations", before.minDeprivations()),
                Map.of("ruralUpper", ruralUpper, "urbanUpper", urbanUpper, "minDeprivations", minDeprivations));
    }

    /**
     * Adds an indicator to a standard or rewords it. A code no standard has yet gets the next free bit of the
     * survey mask.
     */
    @Transactional
    public void indicator(String standard, String code, String dimension, String name, String deprivedWhen,
            boolean confirmed) {
        Standard s = standards.find(standard).orElseThrow(() -> new RoundRefused("poverty.standard.notFound",
                standard));
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}") || blank(dimension) || blank(name)
                || blank(deprivedWhen)) {
            throw new RoundRefused("poverty.standard.badIndicator");
        }
        boolean known = jdbc.sql("select exists (select 1 from poverty_indicator where code = :c)").param("c", code)
                .query(Boolean.class).single();
        if (!known) {
            int bit = jdbc.sql("select coalesce(max(bit), -1) + 1 from poverty_indicator").query(Integer.class)
                    .single();
            if (bit > 30) {
                throw new RoundRefused("poverty.standard.noBit");
            }
            jdbc.sql("insert into poverty_indicator (code, bit) values (:c, :b)").param("c", code).param("b", bit)
                    .update();
        }
        jdbc.sql("""
                insert into poverty_standard_indicator (standard_code, indicator_code, position, dimension, name,
                  deprived_when, confirmed) values (:s, :c, :p, :d, :n, :w, :conf)
                on conflict (standard_code, indicator_code) do update set dimension = excluded.dimension,
                  name = excluded.name, deprived_when = excluded.deprived_when, confirmed = excluded.confirmed""")
                .param("s", standard).param("c", code).param("p", s.indicators().size() + 1)
                .param("d", dimension.strip()).param("n", name.strip()).param("w", deprivedWhen.strip())
                .param("conf", confirmed).update();
        audit.record(s.indicator(code).isPresent() ? "UPDATE" : "CREATE", "POVERTY_INDICATOR", standard + "/" + code,
                "Chỉ số " + code + " của chuẩn " + standard, s.indicator(code).orElse(null),
                Map.of("name", name, "deprivedWhen", deprivedWhen, "confirmed", confirmed));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
