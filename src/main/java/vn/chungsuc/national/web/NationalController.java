package vn.chungsuc.national.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chungsuc.national.NationalPermissions;
import vn.chungsuc.national.domain.NationalFacts;
import vn.chungsuc.national.domain.NationalFacts.Line;
import vn.chungsuc.national.domain.NationalRefresh;
import vn.chungsuc.national.domain.NationalSchemaGate;
import vn.chungsuc.national.domain.SlotMonitor;
import vn.chungsuc.shared.documents.XlsxTable;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitRef;

/**
 * The national view: the country by province for an indicator and period, a province's units, an Excel export; and
 * for the administrator the state of the replication (this server's slots and their lag, the publication).
 */
@Controller
@RequestMapping("/national")
@PreAuthorize("@nationalPermissions.may('dashboard.view')")
class NationalController {

    private static final Pattern INDICATOR = Pattern.compile("[a-z0-9]+(-[a-z0-9]+){0,20}");
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-H1)?");
    private static final Pattern PROVINCE = Pattern.compile("[0-9]{2}");

    private final NationalFacts facts;
    private final NationalRefresh refresh;
    private final NationalSchemaGate gate;
    private final SlotMonitor slots;
    private final TerritoryApi territory;
    private final NationalPermissions permissions;
    private final MessageSource messages;
    private final boolean national;

    NationalController(NationalFacts facts, NationalRefresh refresh, NationalSchemaGate gate, SlotMonitor slots,
            TerritoryApi territory, NationalPermissions permissions, MessageSource messages,
            @Value("${chungsuc.national.enabled:false}") boolean national) {
        this.facts = facts;
        this.refresh = refresh;
        this.gate = gate;
        this.slots = slots;
        this.territory = territory;
        this.permissions = permissions;
        this.messages = messages;
        this.national = national;
    }

    /** The choice of indicator and period after checking; null when the input is bad. */
    private record Choice(String indicator, String period) {
    }

    private Choice choose(String indicator, String period, Model model, HttpServletResponse response) {
        List<NationalFacts.Choice> indicators = facts.indicators();
        model.addAttribute("indicators", indicators);
        model.addAttribute("national", national);
        model.addAttribute("configured", national || refresh.publishing());
        if (permissions.may("replication.view")) {
            model.addAttribute("slots", slots.read());
            model.addAttribute("publishing", refresh.publishing());
            model.addAttribute("province", refresh.province());
            model.addAttribute("lastRefresh", refresh.last());
            model.addAttribute("gate", gate.last());
        }
        if ((!indicator.isEmpty() && !INDICATOR.matcher(indicator).matches())
                || (!period.isEmpty() && !PERIOD.matcher(period).matches())) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage("national.error.choice", null,
                    LocaleContextHolder.getLocale()));
            return null;
        }
        String i = indicator.isEmpty() && !indicators.isEmpty() ? indicators.get(0).code() : indicator;
        List<String> periods = i.isEmpty() ? List.of() : facts.periods(i);
        String p = period.isEmpty() && !periods.isEmpty() ? periods.get(0) : period;
        model.addAttribute("indicator", i);
        model.addAttribute("period", p);
        model.addAttribute("periods", periods);
        model.addAttribute("indicatorName", indicators.stream().filter(c -> c.code().equals(i))
                .map(NationalFacts.Choice::name).findFirst().orElse(i));
        return new Choice(i, p);
    }

    private List<Line> provinces(Choice c) {
        return facts.byProvince(c.indicator(), c.period()).stream()
                .map(l -> new Line(l.code(), territory.latest(l.code()).map(UnitRef::fullName).orElse(l.code()),
                        l.numerator(), l.denominator(), l.units()))
                .toList();
    }

    private static Line total(List<Line> lines) {
        return new Line("", "", lines.stream().mapToLong(Line::numerator).sum(),
                lines.stream().mapToLong(Line::denominator).sum(), lines.stream().mapToLong(Line::units).sum());
    }

    @GetMapping
    String country(@RequestParam(defaultValue = "") String indicator, @RequestParam(defaultValue = "") String period,
            Model model, HttpServletResponse response) {
        Choice c = choose(indicator.strip(), period.strip(), model, response);
        List<Line> lines = c == null || c.indicator().isEmpty() ? List.of() : provinces(c);
        model.addAttribute("lines", lines);
        model.addAttribute("total", total(lines));
        return "national/country";
    }

    @GetMapping("/province/{code}")
    String province(@PathVariable String code, @RequestParam(defaultValue = "") String indicator,
            @RequestParam(defaultValue = "") String period, Model model, HttpServletResponse response) {
        if (!PROVINCE.matcher(code).matches()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", messages.getMessage("national.error.province", null,
                    LocaleContextHolder.getLocale()));
            model.addAttribute("lines", List.of());
            model.addAttribute("total", total(List.of()));
            model.addAttribute("indicators", List.of());
            return "national/province";
        }
        Choice c = choose(indicator.strip(), period.strip(), model, response);
        List<Line> lines = c == null || c.indicator().isEmpty() ? List.of()
                : facts.byUnit(code, c.indicator(), c.period());
        model.addAttribute("code", code);
        model.addAttribute("provinceName", territory.latest(code).map(UnitRef::fullName).orElse(code));
        model.addAttribute("lines", lines);
        model.addAttribute("total", total(lines));
        return "national/province";
    }

    @GetMapping("/export.xlsx")
    void export(@RequestParam(defaultValue = "") String indicator, @RequestParam(defaultValue = "") String period,
            HttpServletResponse response) throws IOException {
        Model model = new org.springframework.ui.ExtendedModelMap();
        Choice c = choose(indicator.strip(), period.strip(), model, response);
        if (c == null || c.indicator().isEmpty() || c.period().isEmpty()) {
            response.sendError(HttpStatus.BAD_REQUEST.value(), messages.getMessage("national.error.choice", null,
                    LocaleContextHolder.getLocale()));
            return;
        }
        List<Line> lines = provinces(c);
        String name = "toan-quoc-" + c.indicator() + "-" + c.period() + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        try (XlsxTable x = new XlsxTable(messages, LocaleContextHolder.getLocale())) {
            XlsxTable.Sheet s = x.sheet("national.export.sheet")
                    .title(String.valueOf(model.getAttribute("indicatorName")))
                    .line(x.msg("national.period") + ": " + c.period())
                    .blank()
                    .columns(XlsxTable.Column.of("national.col.code", 8),
                            XlsxTable.Column.of("national.col.province", 32),
                            XlsxTable.Column.of("national.col.numerator", 14),
                            XlsxTable.Column.of("national.col.denominator", 14),
                            XlsxTable.Column.of("national.col.share", 10),
                            XlsxTable.Column.of("national.col.units", 10));
            for (Line l : lines) {
                s.row(l.code(), l.name(), XlsxTable.count(l.numerator()), XlsxTable.count(l.denominator()),
                        XlsxTable.percent(l.share(), 2), XlsxTable.count(l.units()));
            }
            Line t = total(lines);
            s.row("", x.msg("national.total"), XlsxTable.count(t.numerator()), XlsxTable.count(t.denominator()),
                    XlsxTable.percent(t.share(), 2), XlsxTable.count(t.units()));
            x.write(response.getOutputStream());
        }
    }
}
