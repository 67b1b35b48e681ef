package vn.chungsuc.fund.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chungsuc.fund.FundPermissions;
import vn.chungsuc.fund.domain.Supports;
import vn.chungsuc.shared.web.HouseholdPage;

/** A household's page links to what it received from the fund, when it received anything the user may see. */
@Component
class FundHouseholdPage implements HouseholdPage {

    private final Supports supports;
    private final FundPermissions permissions;

    FundHouseholdPage(Supports supports, FundPermissions permissions) {
        this.supports = supports;
        this.permissions = permissions;
    }

    @Override
    public Optional<Link> about(String householdCode) {
        if (!permissions.may("fund.view") || supports.ofHousehold(householdCode).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Link("fund.household.link", "/fund/households/" + householdCode));
    }
}
