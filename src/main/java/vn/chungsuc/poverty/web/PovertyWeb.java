package vn.chungsuc.poverty.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.poverty.PovertyPermissions;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitView;

/** What the poverty screens share: dates, the user's scope, unit choices and messages. */
@Component
class PovertyWeb {

    private final CurrentUnitScope scopes;
    private final TerritoryApi territory;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Today clock;
    private final PovertyPermissions permissions;

    PovertyWeb(PovertyPermissions permissions, CurrentUnitScope scopes, TerritoryApi territory,
            MessageSource messages, JdbcClient jdbc,
            Today clock) {
        this.clock = clock;
        this.permissions = permissions;
        this.scopes = scopes;
        this.territory = territory;
        this.messages = messages;
        this.jdbc = jdbc;
    }

    LocalDate today() {
        return clock.date();
    }

    /** Whether the current user may take the action of {@link PovertyPermissions} on the unit. */
    boolean may(String action, UnitView unit) {
        return permissions.mayAt(action, unit.path());
    }

    UnitScope scope() {
        return scopes.current();
    }

    String user() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null ? "anonymous" : a.getName();
    }

    String msg(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    Optional<UnitView> unit(String code, LocalDate on) {
        return territory.find(code, on, scope());
    }

    /** The residential areas under a unit (or the unit itself if it is one) on the date, within the scope. */
    List<String> areasUnder(String code, LocalDate on) {
        List<String> out = new ArrayList<>();
        for (UnitView v : territory.subtree(code, on, scope())) {
            if (v.level() == UnitLevel.RESIDENTIAL_AREA) {
                out.add(v.code());
            }
        }
        return out;
    }

    /** Communes that have poverty lists and that the user may see, with their names as of the date. */
    Map<String, String> communes(LocalDate on) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> codes = jdbc.sql("select distinct commune_code from poverty_round order by 1")
                .query(String.class).list();
        for (String c : codes) {
            territory.find(c, on, scope()).ifPresent(u -> out.put(u.code(), u.fullName()));
        }
        return out;
    }

    /** The unit to show first: the user's own root, or the town of the demo / the province. */
    String defaultUnit(LocalDate on) {
        UnitScope s = scope();
        if (!s.everything() && !s.allViewRoots().isEmpty()) {
            for (String code : s.allViewRoots()) {
                if (territory.find(code, on, s).isPresent()) {
                    return code;
                }
            }
        }
        return territory.find("381", on, s).isPresent() ? "381" : "38";
    }

    String areaName(String code, LocalDate on) {
        return territory.find(code, on, UnitScope.ALL).map(UnitView::fullName)
                .or(() -> territory.latest(code).map(r -> r.fullName())).orElse(code);
    }
}
