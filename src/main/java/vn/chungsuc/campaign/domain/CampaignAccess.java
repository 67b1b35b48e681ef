package vn.chungsuc.campaign.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Who may edit a programme: a Front officer (or an administrator) who manages the unit the programme runs in.
 * A programme is a public document: everyone signed in may read it.
 */
@Component
public class CampaignAccess {

    static final String FRONT = "ROLE_FRONT_OFFICER";
    static final String ADMIN = "ROLE_ADMIN";

    private final CurrentUnitScope scope;
    private final TerritoryApi territory;

    CampaignAccess(CurrentUnitScope scope, TerritoryApi territory) {
        this.scope = scope;
        this.territory = territory;
    }

    public boolean mayEditProgrammes() {
        return hasAuthority(FRONT) || hasAuthority(ADMIN);
    }

    public boolean mayEdit(ProgrammeView p) {
        return mayEditProgrammes() && unit(p.unitCode(), p.issuedOn())
                .map(u -> scope.current().canManage(u.path())).orElse(hasAuthority(ADMIN));
    }

    public boolean mayManageUnit(String code, LocalDate on) {
        return unit(code, on).map(u -> scope.current().canManage(u.path())).orElse(false);
    }

    /** The unit as of the date, or, when it did not exist then, its latest version before. */
    public Optional<UnitView> unit(String code, LocalDate on) {
        Optional<UnitView> found = territory.find(code, on, UnitScope.ALL);
        if (found.isPresent()) {
            return found;
        }
        return territory.versions(code, UnitScope.ALL).stream().reduce((a, b) -> b);
    }

    private static boolean hasAuthority(String authority) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        for (GrantedAuthority a : auth.getAuthorities()) {
            if (authority.equals(a.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
