package vn.chungsuc.poverty.web;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.shared.web.HouseholdPage;

/** The poverty register's page of a household that has been classified, for a user whose units hold it. */
@Component
class PovertyHouseholdPage implements HouseholdPage {

    private final Lists lists;
    private final PovertyWeb web;

    PovertyHouseholdPage(Lists lists, PovertyWeb web) {
        this.lists = lists;
        this.web = web;
    }

    @Override
    public Optional<Link> about(String householdCode) {
        var history = lists.history(householdCode);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        ListEntry last = history.get(history.size() - 1);
        var on = last.decidedOn() == null ? web.today() : last.decidedOn();
        return web.unit(last.areaCode(), on)
                .map(u -> new Link("poverty.household.link", "/poverty/households/" + householdCode));
    }
}
