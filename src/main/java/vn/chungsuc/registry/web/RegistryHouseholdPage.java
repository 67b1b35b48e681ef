package vn.chungsuc.registry.web;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chungsuc.registry.domain.Areas;
import vn.chungsuc.registry.domain.HouseholdDetail;
import vn.chungsuc.registry.domain.Households;
import vn.chungsuc.shared.web.HouseholdPage;

/** The registry's record of a household, for a user whose units held it where it last lived. */
@Component
class RegistryHouseholdPage implements HouseholdPage {

    private final Households households;
    private final Areas areas;
    private final WebSupport web;

    RegistryHouseholdPage(Households households, Areas areas, WebSupport web) {
        this.households = households;
        this.areas = areas;
        this.web = web;
    }

    @Override
    public Optional<Link> about(String householdCode) {
        return households.detail(householdCode).filter(h -> {
            HouseholdDetail.Location place = h.lastLocation();
            LocalDate on = place.validTo() == null ? web.today() : place.validTo().minusDays(1);
            return areas.canView(web.scope(), place.areaCode(), on);
        }).map(h -> new Link("registry.household.link", "/registry/households/" + householdCode));
    }
}
