package vn.chungsuc.indicators.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.indicators.domain.ProgressBoard;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.sections.PublicFragment;
import vn.chungsuc.shared.sections.PublicQuery;
import vn.chungsuc.shared.sections.PublicSection;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * The programmes' progress on the public portal ({@code /public/programmes}, and {@code /public/programmes/{id}}
 * for a unit, the programme's own or one directly under it, and a year of the programme): every target with its
 * goal, value and status, from the same figures as the dashboard. Only figures, nothing personal.
 */
@Component
class ProgrammesPublicSection implements PublicSection {

    private final CampaignApi campaign;
    private final ProgressBoard board;
    private final TerritoryApi territory;
    private final Today today;

    ProgrammesPublicSection(CampaignApi campaign, ProgressBoard board, TerritoryApi territory, Today today) {
        this.campaign = campaign;
        this.board = board;
        this.territory = territory;
        this.today = today;
    }

    @Override
    public String key() {
        return "programmes";
    }

    @Override
    public String titleKey() {
        return "indicators.public.section";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Coverage> coverage() {
        return campaign.programmes().stream().map(p -> new Coverage(p.unitCode(), p.periodFrom(), p.periodTo()))
                .toList();
    }

    @Override
    public PublicFragment summary() {
        return new PublicFragment("indicators/public-progress", "programmes",
                Map.of("programmes", campaign.programmes()), "indicators.public.programmes.title");
    }

    @Override
    public Optional<PublicFragment> item(String id, PublicQuery query) {
        Optional<ProgrammeView> found = parse(id).flatMap(campaign::programme);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProgrammeView p = found.get();
        int y = query.year() == null ? Math.min(p.periodTo(), Math.max(p.periodFrom(), today.year())) : query.year();
        if (!p.covers(y)) {
            return Optional.empty();
        }
        LocalDate end = LocalDate.of(y, 12, 31);
        Optional<UnitView> home = territory.find(p.unitCode(), end, UnitScope.ALL);
        if (home.isEmpty()) {
            return Optional.empty();
        }
        List<UnitView> below = territory.children(home.get().code(), end, UnitScope.ALL);
        String code = query.unit();
        Optional<UnitView> shown = code == null || code.equals(home.get().code()) ? home
                : below.stream().filter(u -> u.code().equals(code)).findFirst();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        UnitView u = shown.get();
        // The dashboard's own computation and formats (ProgressBoard, IndicatorsFormat): the same unit, period and
        // units of the period's end give the same fractions here as there.
        Optional<ProgressBoard.Scope> scope = board.scope(p, u.code(), Period.year(y), null, UnitScope.ALL);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        model.put("programme", p);
        model.put("unit", u);
        model.put("home", home.get());
        model.put("units", below);
        model.put("year", y);
        model.put("years", IntStream.rangeClosed(p.periodFrom(), p.periodTo()).boxed().toList());
        model.put("board", board.board(scope.get()));
        model.put("renderedAt", today.now());
        return Optional.of(new PublicFragment("indicators/public-progress", "progress", model,
                "indicators.public.programme.title", List.of(u.fullName(), String.valueOf(y))));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
