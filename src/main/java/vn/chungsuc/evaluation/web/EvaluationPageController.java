package vn.chungsuc.evaluation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.evaluation.domain.Evaluations;
import vn.chungsuc.evaluation.domain.Scales;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.text.VietnameseText;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.UnitView;

/**
 * The Front's evaluation of residential areas: the list of the user's areas for a period (who has submitted, who
 * not; per commune the counts), an area's page (the self-assessment form for its Ban Công tác Mặt trận, the review
 * form for the commune, the poll), and the scales with their edit form.
 */
@Controller
@PreAuthorize("@evaluationPermissions.may('area.view')")
class EvaluationPageController {

    static final int PAGE_SIZE = 50;

    private final Evaluations evaluations;
    private final Scales scales;
    private final MessageSource messages;

    EvaluationPageController(Evaluations evaluations, Scales scales, MessageSource messages) {
        this.evaluations = evaluations;
        this.scales = scales;
        this.messages = messages;
    }

    /** Per commune: its areas, how many submitted and were reviewed, at which levels. */
    public record CommuneLine(UnitView commune, int areas, int submitted, int reviewed, Map<String, Integer> levels) {
    }

    @GetMapping("/evaluation")
    String list(@RequestParam(defaultValue = "") String period, @RequestParam(defaultValue = "") String asOf,
            @RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String state, @RequestParam(defaultValue = "0") int page, Model model) {
        Period p = evaluations.period(period.isBlank() ? fromAsOf(asOf) : period);
        List<Evaluations.Row> all = evaluations.rows(p);
        String u = unit.length() > 40 ? "" : unit.strip();
        List<Evaluations.Row> inUnit = u.isEmpty() ? all
                : all.stream().filter(r -> r.area().path().contains("/" + u + "/")).toList();
        Map<String, CommuneLine> communes = new LinkedHashMap<>();
        Map<String, List<Evaluations.Row>> byCommune = new LinkedHashMap<>();
        inUnit.forEach(r -> byCommune.computeIfAbsent(r.area().parentCode(), c -> new ArrayList<>()).add(r));
        byCommune.forEach((code, rows) -> {
            Map<String, Integer> levels = new LinkedHashMap<>();
            rows.stream().filter(r -> r.assessment() != null && r.assessment().reviewed())
                    .sorted(Comparator.comparing(r -> r.assessment().finalPosition()))
                    .forEach(r -> levels.merge(r.assessment().finalLevel(), 1, Integer::sum));
            communes.put(code, new CommuneLine(rows.get(0).commune(), rows.size(),
                    (int) rows.stream().filter(r -> r.assessment() != null).count(),
                    (int) rows.stream().filter(r -> r.assessment() != null && r.assessment().reviewed()).count(),
                    levels));
        });
        String key = VietnameseText.searchKey(q.length() > 200 ? q.substring(0, 200) : q);
        List<Evaluations.Row> rows = inUnit.stream()
                .filter(r -> key.isEmpty() || VietnameseText.searchKey(r.area().fullName() + " "
                        + (r.commune() == null ? "" : r.commune().fullName())).contains(key))
                .filter(r -> switch (state) {
                    case "missing" -> r.assessment() == null;
                    case "submitted" -> r.assessment() != null && !r.assessment().reviewed();
                    case "reviewed" -> r.assessment() != null && r.assessment().reviewed();
                    default -> true;
                }).toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int pg = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("period", p);
        model.addAttribute("periods", choices());
        model.addAttribute("communes", communes.values());
        model.addAttribute("rows", rows.subList(pg * PAGE_SIZE, Math.min(rows.size(), (pg + 1) * PAGE_SIZE)));
        model.addAttribute("found", rows.size());
        model.addAttribute("total", inUnit.size());
        model.addAttribute("missing", inUnit.stream().filter(r -> r.assessment() == null).count());
        model.addAttribute("q", q);
        model.addAttribute("unit", u);
        model.addAttribute("state", state);
        model.addAttribute("page", pg);
        model.addAttribute("totalPages", pages);
        model.addAttribute("queryRest", "period=" + p.code() + "&unit=" + enc(u) + "&q=" + enc(q) + "&state="
                + enc(state));
        return "evaluation/list";
    }

    /** The period a dashboard link's date stands for: the year on 31/12, its first half from July, else last year. */
    private static String fromAsOf(String asOf) {
        LocalDate d = Dates.parse(asOf).orElse(null);
        if (d == null) {
            return "";
        }
        if (d.getMonthValue() == 12 && d.getDayOfMonth() == 31) {
            return String.valueOf(d.getYear());
        }
        return d.getMonthValue() >= 7 ? d.getYear() + "-H1" : String.valueOf(d.getYear() - 1);
    }

    /** The half-years and years of the last few years, the latest first. */
    private List<String> choices() {
        Period latest = evaluations.period("");
        List<String> out = new ArrayList<>();
        int y = latest.year();
        if (latest.firstHalf()) {
            // the year's own evaluation is made before it ends (the Great Unity Day, 18/11)
            out.add(String.valueOf(latest.year()));
            out.add(latest.code());
            y--;
        }
        for (int year = y; year > y - 10 && year >= 2017; year--) {
            out.add(String.valueOf(year));
            out.add(year + "-H1");
        }
        return out;
    }

    @GetMapping("/evaluation/areas/{area}")
    String area(@PathVariable String area, @RequestParam(defaultValue = "") String period, Model model) {
        Period p = evaluations.period(period);
        Evaluations.Row row = evaluations.row(area, p).orElseThrow();
        Scales.Scale scale = row.assessment() != null ? scales.find(row.assessment().scaleId()).orElse(null)
                : evaluations.scaleFor(row.area(), p).orElse(null);
        model.addAttribute("period", p);
        model.addAttribute("periods", choices());
        model.addAttribute("row", row);
        model.addAttribute("a", row.assessment());
        model.addAttribute("scale", scale);
        model.addAttribute("maySelf", evaluations.may("area.self", row.area()) && scale != null
                && (row.assessment() == null || !row.assessment().reviewed()));
        model.addAttribute("mayReview", evaluations.may("area.review", row.area()) && row.assessment() != null
                && !row.assessment().reviewed());
        model.addAttribute("mayPoll", evaluations.may("poll.record", row.area()));
        model.addAttribute("view", this);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "evaluation/area";
    }

    @PostMapping("/evaluation/areas/{area}/self")
    String self(@PathVariable String area, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        String period = params.getOrDefault("period", "");
        try {
            evaluations.submit(area, period, new Evaluations.SelfAssessment(points(params),
                    params.getOrDefault("evidence", "")));
            notice(redirect, "evaluation.self.saved");
        } catch (Refused refused) {
            refusedTo(redirect, refused, params);
        }
        return "redirect:/evaluation/areas/" + enc(area) + "?period=" + enc(period);
    }

    @PostMapping("/evaluation/areas/{area}/review")
    String review(@PathVariable String area, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        String period = params.getOrDefault("period", "");
        try {
            evaluations.review(area, period, new Evaluations.Review(params.getOrDefault("decision", ""),
                    points(params), params.getOrDefault("note", "")));
            notice(redirect, "evaluation.review.saved");
        } catch (Refused refused) {
            refusedTo(redirect, refused, params);
        }
        return "redirect:/evaluation/areas/" + enc(area) + "?period=" + enc(period);
    }

    @PostMapping("/evaluation/areas/{area}/poll")
    String poll(@PathVariable String area, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        String period = params.getOrDefault("period", "");
        try {
            evaluations.recordPoll(area, period, new Evaluations.NewPoll(params.getOrDefault("heldOn", ""),
                    params.getOrDefault("sampleSize", ""), params.getOrDefault("satisfied", ""),
                    params.getOrDefault("pollNote", "")));
            notice(redirect, "evaluation.poll.saved");
        } catch (Refused refused) {
            refusedTo(redirect, refused, params);
        }
        return "redirect:/evaluation/areas/" + enc(area) + "?period=" + enc(period);
    }

    @GetMapping("/evaluation/scales")
    String scales(Model model) {
        model.addAttribute("scales", scales.all());
        return "evaluation/scales";
    }

    @GetMapping("/evaluation/scales/{id}")
    String scale(@PathVariable long id, Model model) {
        Scales.Scale s = scales.find(id).orElseThrow(() -> new Refused("scale", "evaluation.scale.unknown", id));
        model.addAttribute("scale", s);
        model.addAttribute("mayEdit", scales.mayEdit(s));
        model.addAttribute("view", this);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "evaluation/scale";
    }

    @PostMapping("/evaluation/scales/{id}")
    String editScale(@PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Integer, String> levelNames = new HashMap<>();
        Map<Integer, String> levelMins = new HashMap<>();
        Map<Integer, String> weights = new HashMap<>();
        Map<Long, String> texts = new HashMap<>();
        Map<Long, String> points = new HashMap<>();
        params.forEach((k, v) -> {
            try {
                if (k.startsWith("levelName")) {
                    levelNames.put(Integer.parseInt(k.substring(9)), v);
                } else if (k.startsWith("levelMin")) {
                    levelMins.put(Integer.parseInt(k.substring(8)), v);
                } else if (k.startsWith("weight")) {
                    weights.put(Integer.parseInt(k.substring(6)), v);
                } else if (k.startsWith("criterion")) {
                    texts.put(Long.parseLong(k.substring(9)), v);
                } else if (k.startsWith("points")) {
                    points.put(Long.parseLong(k.substring(6)), v);
                }
            } catch (NumberFormatException ignored) {
                // not one of the form's fields
            }
        });
        try {
            scales.edit(id, new Scales.Edit(params.get("name"), params.get("source"),
                    "true".equals(params.get("confirmed")), params.get("pollThreshold"), params.get("pollSource"),
                    params.get("validFrom"), params.get("validTo"), levelNames, levelMins, weights, texts, points));
            notice(redirect, "evaluation.scale.saved");
        } catch (Refused refused) {
            refusedTo(redirect, refused, params);
        }
        return "redirect:/evaluation/scales/" + id;
    }

    @PostMapping("/evaluation/scales/{id}/copy")
    String copyScale(@PathVariable long id, @RequestParam(defaultValue = "") String year,
            RedirectAttributes redirect) {
        try {
            long copy = scales.copy(id, year);
            notice(redirect, "evaluation.scale.copied");
            return "redirect:/evaluation/scales/" + copy;
        } catch (Refused refused) {
            refusedTo(redirect, refused, Map.of("year", year));
            return "redirect:/evaluation/scales/" + id;
        }
    }

    /** A number as shown: "87,5" in Vietnamese, "87.5" in English, no trailing zeros. Called from the templates. */
    public String num(java.math.BigDecimal n) {
        if (n == null) {
            return "–";
        }
        String text = n.stripTrailingZeros().toPlainString();
        return "vi".equals(LocaleContextHolder.getLocale().getLanguage()) ? text.replace('.', ',') : text;
    }

    /** The value to put back in a form field: what was sent when it was refused, else the stored one. */
    public String value(Map<String, String> form, String field, Object stored) {
        if (form != null && form.containsKey(field)) {
            return form.get(field);
        }
        if (stored instanceof java.math.BigDecimal b) {
            return num(b);
        }
        return stored == null ? "" : String.valueOf(stored);
    }

    private static Map<Long, String> points(Map<String, String> params) {
        Map<Long, String> out = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.length() > 1 && k.length() < 20 && k.charAt(0) == 'p' && k.substring(1).chars()
                    .allMatch(Character::isDigit)) {
                out.put(Long.parseLong(k.substring(1)), v);
            }
        });
        return out;
    }

    private void notice(RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("notice", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }

    private void refusedTo(RedirectAttributes redirect, Refused refused, Map<String, String> params) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Refused.Reason r : refused.reasons()) {
            errors.merge(r.field() == null ? "" : r.field(), r.text(messages, locale), (x, y) -> x + " " + y);
        }
        redirect.addFlashAttribute("error", refused.text(messages, locale));
        redirect.addFlashAttribute("errors", errors);
        redirect.addFlashAttribute("form", new HashMap<>(params));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
