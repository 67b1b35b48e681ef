package vn.chungsuc.indicators.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.Goal;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.indicators.domain.ProgressBoard;
import vn.chungsuc.shared.scope.CurrentUnitScope;

/** A programme's targets with their current values for a unit and year, for other systems. */
@RestController
@Tag(name = "Programmes", description = "Chương trình phối hợp thực hiện cuộc vận động")
class TargetsApiController {

    private final CampaignApi campaign;
    private final ProgressBoard board;
    private final CurrentUnitScope scope;

    TargetsApiController(CampaignApi campaign, ProgressBoard board, CurrentUnitScope scope) {
        this.campaign = campaign;
        this.board = board;
        this.scope = scope;
    }

    @GetMapping("/api/v1/programmes/{id}/targets")
    @Operation(summary = "Each target of the programme with its value, goal and status for a unit and year")
    List<TargetResult> targets(@PathVariable long id,
            @Parameter(description = "Unit code; the programme's unit when omitted") @RequestParam(required = false)
            String unit,
            @Parameter(description = "Year; the programme's last year when omitted") @RequestParam(required = false)
            Integer year,
            @Parameter(description = "true for the first six months of the year") @RequestParam(defaultValue = "false")
            boolean half,
            @Parameter(description = "Show units as on this date (default: the end of the period)")
            @RequestParam(required = false) LocalDate on) {
        ProgrammeView p = campaign.programme(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int y = year == null ? p.periodTo() : year;
        if (y < 1990 || y > 2100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Period period = half ? Period.firstHalf(y) : Period.year(y);
        ProgressBoard.Scope s = board.scope(p, unit, period, on, scope.current())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return board.board(s).rows().stream().map(TargetResult::of).toList();
    }

    /**
     * @param kind COUNT, SHARE or CEILING
     * @param value the count, or the share in percent (two decimals); null when there is no value
     * @param status ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA or NO_GOAL
     */
    record TargetResult(String code, String label, String kind, GoalResult goal, BigDecimal value, Long numerator,
            Long denominator, String status) {

        static TargetResult of(ProgressBoard.Row r) {
            return new TargetResult(r.target().code(), r.target().label(), r.target().goal().kind().name(),
                    r.goal() == null ? null : GoalResult.of(r.goal()),
                    r.measure() == null ? null : new BigDecimal(r.measure().setScale(2, RoundingMode.HALF_UP)
                            .stripTrailingZeros().toPlainString()),
                    r.value() == null ? null : r.value().numerator(),
                    r.value() == null ? null : r.value().denominator(), r.status().name());
        }
    }

    /**
     * @param text as written: "47/48", "Trên 80%", "≤ 1%"
     * @param outOf the whole of a count such as 47/48
     * @param strict "over" rather than "at least"
     */
    record GoalResult(String text, BigDecimal value, Integer outOf, boolean strict) {

        static GoalResult of(Goal g) {
            return new GoalResult(g.text(java.util.Locale.forLanguageTag("vi")), g.value(), g.outOf(), g.strict());
        }
    }
}
