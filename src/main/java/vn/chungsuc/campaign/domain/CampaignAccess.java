package vn.chungsuc.campaign.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chungsuc.campaign.CampaignPermissions;
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

    private final CurrentUnitScope scope;
    private final TerritoryApi territory;
    private final CampaignPermissions permissions;

    CampaignAccess(CurrentUnitScope scope, TerritoryApi territory, CampaignPermissions permissions) {
        this.scope = scope;
        this.territory = territory;
        this.permissions = permissions;
    }

    public boolean mayEditProgrammes() {
        return permissions.may("programme.edit");
    }

    /** On the programme's unit; a programme whose unit is unknown is the administrator's alone. */
    public boolean mayEdit(ProgrammeView p) {
        return mayEditProgrammes() && unit(p.unitCode(), p.issuedOn())
                .map(u -> permissions.mayAt("programme.edit", u.path())).orElse(scope.current().everything());
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
}
