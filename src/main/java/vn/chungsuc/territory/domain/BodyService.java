package vn.chungsuc.territory.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chungsuc.shared.audit.AuditLog;
import vn.chungsuc.shared.permission.BodyDirectory;
import vn.chungsuc.shared.permission.BodyRef;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.Bodies;
import vn.chungsuc.territory.Body;
import vn.chungsuc.territory.BodyKind;
import vn.chungsuc.territory.NewBody;
import vn.chungsuc.territory.TerritoryApi;

/** The {@code territory_body} table: bodies per unit over time, for the API and for access (as a directory). */
@Service
class BodyService implements Bodies, BodyDirectory {

    private static final String CODE = "^[A-Z0-9]+(-[A-Z0-9]+)*$";

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final AuditLog audit;

    BodyService(JdbcClient jdbc, TerritoryApi territory, AuditLog audit) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Body> of(String unitCode, LocalDate on) {
        return jdbc.sql("""
                select * from territory_body where unit_code = :u and valid_from <= :d
                   and (valid_to is null or valid_to > :d)
                order by case kind when 'GOVERNMENT' then 0 when 'FRONT_COMMITTEE' then 1 when 'FRONT_MEMBER' then 2
                         else 3 end, name""")
                .param("u", unitCode).param("d", on).query(this::row).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Body> find(String code) {
        return jdbc.sql("select * from territory_body where code = ?").param(code == null ? "" : code.trim())
                .query(this::row).optional();
    }

    @Override
    @Transactional
    public Body add(NewBody b) {
        String code = b.code() == null ? "" : b.code().trim().toUpperCase();
        if (!code.matches(CODE)) {
            throw new Refused("code", "territory.body.code.invalid", code);
        }
        if (find(code).isPresent()) {
            throw new Refused("code", "territory.body.code.taken", code);
        }
        if (b.name() == null || b.name().isBlank()) {
            throw new Refused("name", "territory.body.name.required");
        }
        if (b.kind() == null) {
            throw new Refused("kind", "territory.body.kind.required");
        }
        if (b.validFrom() == null) {
            throw new Refused("validFrom", "territory.body.from.required");
        }
        if (b.validTo() != null && !b.validTo().isAfter(b.validFrom())) {
            throw new Refused("validTo", "territory.body.to.beforeFrom");
        }
        if (territory.versions(b.unitCode() == null ? "" : b.unitCode().trim(), UnitScope.ALL).isEmpty()) {
            throw new Refused("unitCode", "territory.body.unit.unknown", b.unitCode());
        }
        Set<Function> functions = b.functions() == null ? Set.of() : b.functions();
        jdbc.sql("""
                insert into territory_body (code, unit_code, kind, functions, name, valid_from, valid_to, source)
                values (:c, :u, :k, string_to_array(:f, ','), :n, :from, :to, :s)""")
                .param("c", code).param("u", b.unitCode().trim()).param("k", b.kind().name())
                .param("f", String.join(",", functions.stream().map(Enum::name).sorted().toList()))
                .param("n", b.name().trim()).param("from", b.validFrom()).param("to", b.validTo())
                .param("s", b.source() == null || b.source().isBlank() ? null : b.source().trim()).update();
        Body added = find(code).orElseThrow();
        audit.record("CREATE", "territory.body", code, "Thêm cơ quan " + added.name(), null, added);
        return added;
    }

    @Override
    @Transactional
    public Body end(String code, LocalDate endOn) {
        Body before = find(code).orElseThrow(() -> new Refused("code", "territory.body.unknown", code));
        if (endOn == null) {
            throw new Refused("endOn", "territory.body.end.required");
        }
        if (before.validTo() != null) {
            throw new Refused("endOn", "territory.body.end.already", before.code());
        }
        if (!endOn.isAfter(before.validFrom())) {
            throw new Refused("endOn", "territory.body.to.beforeFrom");
        }
        jdbc.sql("update territory_body set valid_to = ? where code = ?").params(endOn, before.code()).update();
        Body after = find(code).orElseThrow();
        audit.record("END", "territory.body", before.code(), "Kết thúc cơ quan " + before.name(), before, after);
        return after;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BodyRef> body(String code) {
        return find(code).map(BodyService::ref);
    }

    @Override
    @Transactional(readOnly = true)
    public List<BodyRef> validOn(LocalDate date) {
        return jdbc.sql("""
                select * from territory_body where valid_from <= :d and (valid_to is null or valid_to > :d)
                order by unit_code, kind, name""").param("d", date).query(this::row).list()
                .stream().map(BodyService::ref).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BodyRef> all() {
        return jdbc.sql("select * from territory_body order by valid_to is not null, unit_code, kind, name")
                .query(this::row).list().stream().map(BodyService::ref).toList();
    }

    private static BodyRef ref(Body b) {
        return new BodyRef(b.code(), b.name(), b.unitCode(), b.functions(), b.validFrom(), b.validTo());
    }

    private Body row(ResultSet rs, int i) throws SQLException {
        Array array = rs.getArray("functions");
        Set<Function> functions = EnumSet.noneOf(Function.class);
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).filter(s -> !s.isBlank()).forEach(s -> {
                try {
                    functions.add(Function.valueOf(s));
                } catch (IllegalArgumentException e) {
                    // a function this version does not know grants nothing
                }
            });
        }
        java.sql.Date to = rs.getDate("valid_to");
        return new Body(rs.getLong("id"), rs.getString("code"), rs.getString("unit_code"),
                BodyKind.valueOf(rs.getString("kind")), functions, rs.getString("name"),
                rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(), rs.getString("source"));
    }
}
