package vn.chungsuc.indicators.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.chungsuc.campaign.CampaignApi;
import vn.chungsuc.campaign.GoalKind;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.TargetView;
import vn.chungsuc.indicators.domain.Indicator;
import vn.chungsuc.indicators.domain.ProgressBoard;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.shared.web.VnFormat;

/**
 * The dashboard: every target of a programme for a unit and a year or half-year, a target with its breakdown over
 * the units below (drill-down), the records behind a number, the completeness of entry, and the Excel export.
 * The board's table is also served alone when htmx asks for it (filters change without reloading the page).
 */
@Controller
@RequestMapping("/dashboard")
class DashboardController {

    private final CampaignApi campaign;
    private final ProgressBoard board;
    private final CurrentUnitScope scope;
    private final MessageSource messages;
    private final IndicatorsFormat fmt;
    private final Today clock;

    DashboardController(CampaignApi campaign, ProgressBoard board, CurrentUnitScope scope, MessageSource messages,
            IndicatorsFormat fmt, Today clock) {

        this.clock = clock;
        this.campaign = campaign;
        this.board = board;
        this.scope = scope;
        this.messages = messages;
        this.fmt = fmt;
    }

    /** What a dashboard page was asked for; blanks are filled with the defaults. */
    record Selection(Long programme, Integer year, boolean half, String unit, LocalDate on) {
    }

    @GetMapping
    String dashboard(@RequestParam(required = false) Long programme, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean half, @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate on,
            @RequestHeader(name = "HX-Target", required = false) String htmxTarget, Model model) {
        ProgressBoard.Scope s = resolve(new Selection(programme, year, half, unit, on), model);
        ProgressBoard.Board b = board.board(s);
        model.addAttribute("board", b);
        // Chart data as plain strings: attributes such as data-* are evaluated in Thymeleaf's restricted mode.
        Map<String, String> series = new LinkedHashMap<>();
        Map<String, String> goals = new LinkedHashMap<>();
        for (ProgressBoard.Row r : b.rows()) {
            series.put(r.target().code(), fmt.series(r.trend()));
            goals.put(r.target().code(), fmt.goalLine(r.target(), r.value()));
        }
        model.addAttribute("trendLabels", fmt.labels(b.trendPeriods()));
        model.addAttribute("trendSeries", series);
        model.addAttribute("goalLines", goals);
        return "board".equals(htmxTarget) ? "indicators/dashboard :: board" : "indicators/dashboard";
    }

    @GetMapping("/targets/{targetId}")
    String target(@PathVariable long targetId, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean half, @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate on,
            Model model) {
        TargetView target = campaign.target(targetId).orElseThrow(this::notFound);
        ProgressBoard.Scope s = resolve(new Selection(target.programmeId(), year, half, unit, on), model);
        ProgressBoard.Detail d = board.detail(s, target);
        model.addAttribute("detail", d);
        boolean count = target.goal().kind() == GoalKind.COUNT;
        model.addAttribute("trendLabels", fmt.labels(d.trendPeriods()));
        model.addAttribute("trendSeries", fmt.series(d.row().trend()));
        model.addAttribute("goalLine", fmt.goalLine(target, d.row().value()));
        model.addAttribute("cellLabels", fmt.cellLabels(d.breakdown()));
        model.addAttribute("cellSeries", fmt.cellSeries(d.breakdown()));
        model.addAttribute("cellGoal", count ? "" : fmt.goalLine(target, d.row().value()));
        model.addAttribute("unitSuffix", count ? "" : "%");
        return "indicators/target";
    }

    @GetMapping("/targets/{targetId}/records")
    String records(@PathVariable long targetId, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean half, @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate on,
            Model model) {
        TargetView target = campaign.target(targetId).orElseThrow(this::notFound);
        ProgressBoard.Scope s = resolve(new Selection(target.programmeId(), year, half, unit, on), model);
        ProgressBoard.Detail detail = board.detail(s, target);
        Indicator indicator = detail.row().indicator();
        if (indicator == null) {
            throw notFound();
        }
        if (!indicator.entered() && detail.recordsLink() != null
                && vn.chungsuc.shared.web.LocalLinks.local(detail.recordsLink())) {
            // Only a path inside the application, even if an older link stored elsewhere points away.
            return "redirect:" + detail.recordsLink();
        }
        model.addAttribute("detail", detail);
        List<vn.chungsuc.indicators.domain.Entry> records = indicator.entered() ? board.recordsBehind(s, indicator)
                : List.of();
        model.addAttribute("records", records);
        model.addAttribute("unitNames", board.names(records.stream()
                .map(vn.chungsuc.indicators.domain.Entry::unitCode).toList(), s.period()));
        return "indicators/records";
    }

    @GetMapping("/completeness")
    String completeness(@RequestParam(required = false) Long programme, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean half, @RequestParam(required = false) String unit,
            Model model) {
        ProgressBoard.Scope s = resolve(new Selection(programme, year, half, unit, null), model);
        model.addAttribute("completeness", board.completeness(s));
        return "indicators/completeness";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(required = false) Long programme, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean half, @RequestParam(required = false) String unit,
            @RequestParam(required = false) LocalDate on,
            HttpServletResponse response) throws IOException {
        ProgressBoard.Scope s = resolve(new Selection(programme, year, half, unit, on), null);
        ProgressBoard.Board b = board.board(s);
        List<ProgressBoard.Detail> details = new ArrayList<>();
        for (ProgressBoard.Row row : b.rows()) {
            details.add(board.detail(s, row.target()));
        }
        String name = "chi-tieu-" + s.unit().code() + "-" + s.period().code() + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8));
        new BoardWorkbook(messages, LocaleContextHolder.getLocale(), fmt).write(b, details,
                response.getOutputStream());
    }

    /** Fills the defaults, checks the unit is the user's to see, and puts the choices into the model. */
    private ProgressBoard.Scope resolve(Selection sel, Model model) {
        List<ProgrammeView> programmes = campaign.programmes();
        if (programmes.isEmpty()) {
            throw notFound();
        }
        int thisYear = clock.year();
        ProgrammeView p = sel.programme() == null
                ? programmes.stream().filter(x -> x.covers(thisYear)).findFirst().orElse(programmes.get(0))
                : programmes.stream().filter(x -> x.id() == sel.programme()).findFirst().orElseThrow(this::notFound);
        int year = sel.year() != null ? sel.year() : Math.max(p.periodFrom(), Math.min(thisYear, p.periodTo()));
        if (year < 1990 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Period period = sel.half() ? Period.firstHalf(year) : Period.year(year);
        ProgressBoard.Scope s = board.scope(p, sel.unit(), period, sel.on(), scope.current())
                .orElseThrow(this::notFound);
        if (model != null) {
            List<Integer> years = new ArrayList<>();
            for (int y = p.periodFrom(); y <= Math.max(p.periodTo(), Math.min(thisYear, p.periodTo() + 5)); y++) {
                years.add(y);
            }
            model.addAttribute("programmes", programmes);
            model.addAttribute("programme", p);
            model.addAttribute("years", years);
            model.addAttribute("year", year);
            model.addAttribute("half", sel.half());
            model.addAttribute("on", sel.on());
            model.addAttribute("scope", s);
            model.addAttribute("today", clock.date());
        }
        return s;
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
