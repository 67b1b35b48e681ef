package vn.chungsuc.feedback.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chungsuc.shared.permission.CurrentActor;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitNode;
import vn.chungsuc.territory.UnitView;

/**
 * The communes and residential areas a form offers: those of the user's units on the date, by the unit tree. A
 * scope over everything (the administrator) offers none: the form then takes a code, checked like any other.
 */
@Component
public class UnitChoices {

    private final TerritoryApi territory;
    private final CurrentActor actors;

    UnitChoices(TerritoryApi territory, CurrentActor actors) {
        this.territory = territory;
        this.actors = actors;
    }

    /** A commune with its residential areas. */
    public record Commune(UnitView commune, List<UnitView> areas) {
    }

    public List<Commune> communes(LocalDate on) {
        UnitScope scope = actors.current().scope();
        if (scope.everything()) {
            return List.of();
        }
        Map<String, Commune> out = new LinkedHashMap<>();
        for (UnitNode root : territory.roots(on, scope)) {
            List<UnitView> all = territory.subtree(root.unit().code(), on, scope);
            for (UnitView u : all) {
                if (u.level() == UnitLevel.COMMUNE && !out.containsKey(u.code())) {
                    List<UnitView> areas = new ArrayList<>(all.stream()
                            .filter(a -> a.level() == UnitLevel.RESIDENTIAL_AREA && u.code().equals(a.parentCode()))
                            .toList());
                    if (areas.isEmpty()) {
                        areas.addAll(territory.children(u.code(), on, scope).stream()
                                .filter(a -> a.level() == UnitLevel.RESIDENTIAL_AREA).toList());
                    }
                    out.put(u.code(), new Commune(u, areas));
                }
            }
        }
        return List.copyOf(out.values());
    }

    /** The unit's full name on the date, else its latest, else its code. */
    public String name(String code, LocalDate on) {
        if (code == null) {
            return null;
        }
        return territory.find(code, on, UnitScope.ALL).map(UnitView::fullName)
                .or(() -> territory.latest(code).map(vn.chungsuc.territory.UnitRef::fullName)).orElse(code);
    }

    /** The commune (level COMMUNE) with this code on the date, whatever the user's scope. */
    public boolean isCommune(String code, LocalDate on) {
        return code != null && code.length() <= 40 && territory.find(code, on, UnitScope.ALL)
                .filter(u -> u.level() == UnitLevel.COMMUNE).isPresent();
    }

    /** Whether the area is a residential area of the commune on the date. */
    public boolean isAreaOf(String area, String commune, LocalDate on) {
        return area != null && area.length() <= 40 && territory.find(area, on, UnitScope.ALL)
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA && commune.equals(u.parentCode())).isPresent();
    }
}
