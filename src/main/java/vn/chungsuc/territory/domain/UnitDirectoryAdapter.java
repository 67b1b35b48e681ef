package vn.chungsuc.territory.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.scope.UnitDirectory;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitRef;
import vn.chungsuc.territory.UnitView;

/** Lets modules that may not depend on territory (access) check unit codes and show their names. */
@Component
class UnitDirectoryAdapter implements UnitDirectory {

    private final TerritoryApi territory;

    UnitDirectoryAdapter(TerritoryApi territory) {
        this.territory = territory;
    }

    @Override
    public Optional<String> displayName(String code, LocalDate asOf) {
        return territory.find(code, asOf, UnitScope.ALL).map(UnitView::fullName);
    }

    @Override
    public Optional<String> latestDisplayName(String code) {
        return territory.latest(code).map(UnitRef::fullName);
    }

    @Override
    public Optional<String> path(String code, LocalDate asOf) {
        return territory.find(code, asOf, UnitScope.ALL)
                .or(() -> territory.versions(code, UnitScope.ALL).stream().reduce((a, b) -> b))
                .map(UnitView::path);
    }
}
