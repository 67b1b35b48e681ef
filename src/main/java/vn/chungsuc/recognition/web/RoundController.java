package vn.chungsuc.recognition.web;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.recognition.domain.RecognitionRefused;
import vn.chungsuc.recognition.domain.Rounds;
import vn.chungsuc.shared.documents.PdfDocuments;
import vn.chungsuc.shared.problem.Refused;
import vn.chungsuc.shared.scope.CurrentUnitScope;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.text.Texts;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.shared.time.Today;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitLevel;
import vn.chungsuc.territory.UnitNode;
import vn.chungsuc.territory.UnitView;

/**
 * The yearly cultural-family round: choosing the area (down the unit tree of the user's scope), and the area's
 * round screen with its steps, each a post/redirect/get with a notice in the user's language.
 */
@Controller
@RequestMapping("/recognition/rounds")
class RoundController {

    static final int PAGE_SIZE = 50;

    private final Rounds rounds;
    private final TerritoryApi territory;
    private final CurrentUnitScope scope;
    private final Today today;
    private final Texts texts;
    private final PdfDocuments pdf;

    RoundController(Rounds rounds, TerritoryApi territory, CurrentUnitScope scope, Today today, Texts texts,
            PdfDocuments pdf) {
        this.rounds = rounds;
        this.territory = territory;
        this.scope = scope;
        this.today = today;
        this.texts = texts;
        this.pdf = pdf;
    }

    @GetMapping
    String index(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            Model model) {
        int y = year == null ? today.year() : year;
        LocalDate on = rounds.listingDate(y);
        UnitScope s = scope.current();
        UnitView current = null;
        if (unit != null && !unit.isBlank()) {
            current = territory.find(unit, on, s).orElse(null);
        }
        if (current == null) {
            List<UnitNode> roots = territory.roots(on, s);
            if (roots.size() == 1) {
                current = roots.get(0).unit();
            } else {
                model.addAttribute("children", roots.stream().map(UnitNode::unit).toList());
            }
        }
        if (current != null && current.level() == UnitLevel.RESIDENTIAL_AREA) {
            return "redirect:/recognition/rounds/" + current.code() + "/" + y;
        }
        if (current != null) {
            List<UnitView> children = territory.children(current.code(), on, s);
            model.addAttribute("children", children);
            model.addAttribute("ancestors", territory.ancestors(current, on, s));
            if (current.level() == UnitLevel.COMMUNE) {
                model.addAttribute("roundsByArea", rounds.roundsOf(children.stream().map(UnitView::code).toList(), y));
            }
        }
        model.addAttribute("current", current);
        model.addAttribute("year", y);
        model.addAttribute("years", years(today));
        return "recognition/rounds";
    }

    /** The years a page offers: this year back to 2017, the first year of the demo history. */
    static List<Integer> years(Today today) {
        List<Integer> out = new ArrayList<>();
        for (int y = today.year(); y >= 2017; y--) {
            out.add(y);
        }
        return out;
    }

    @GetMapping("/{area}/{year}")
    String round(@PathVariable String area, @PathVariable int year, @RequestParam(required = false) String state,
            @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        UnitScope s = scope.current();
        UnitView unit = territory.find(area, rounds.listingDate(year), s)
                .filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA)
                .orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("area", unit);
        model.addAttribute("year", year);
        model.addAttribute("years", years(today));
        model.addAttribute("today", Dates.show(today.date()));
        var round = rounds.find(area, year);
        if (round.isEmpty()) {
            model.addAttribute("canManage", s.canManage(unit.path()));
            return "recognition/round-empty";
        }
        Rounds.View view = rounds.view(round.get().id(), s);
        String query = q.strip().toLowerCase(java.util.Locale.ROOT);
        List<Rounds.Row> filtered = view.rows().stream()
                .filter(r -> state == null || state.isBlank() || r.state().name().equals(state))
                .filter(r -> query.isEmpty() || r.code().toLowerCase(java.util.Locale.ROOT).contains(query)
                        || (r.headName() != null && vn.chungsuc.shared.text.VietnameseText.likeKey(r.headName())
                        .contains(vn.chungsuc.shared.text.VietnameseText.likeKey(query))))
                .toList();
        int pages = Math.max(1, (filtered.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.max(0, Math.min(page, pages - 1));
        model.addAttribute("view", view);
        model.addAttribute("rows", filtered.subList(p * PAGE_SIZE, Math.min(filtered.size(), (p + 1) * PAGE_SIZE)));
        model.addAttribute("filteredTotal", filtered.size());
        model.addAttribute("page", p);
        model.addAttribute("totalPages", pages);
        model.addAttribute("state", state == null ? "" : state);
        model.addAttribute("q", q);
        model.addAttribute("states", Rounds.State.values());
        return "recognition/round";
    }

    /** The meeting's minutes (biên bản họp bình xét), once the meeting is recorded. */
    @GetMapping("/{area}/{year}/minutes.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable String area, @PathVariable int year) {
        Rounds.View view = rounds.view(id(area, year), scope.current());
        if (!view.round().meetingHeld()) {
            throw new RecognitionRefused("round", "recognition.refused.minutes.noMeeting");
        }
        return DecisionController.pdf("bien-ban-hop-" + area + "-" + year + ".pdf",
                pdf.fromTemplate("recognition/pdf/round-minutes", documentModel(view, view.round().meetingOn()),
                        DOCUMENT_LOCALE));
    }

    /** The list of the households proposed, for the notice board (danh sách niêm yết), once the vote has one. */
    @GetMapping("/{area}/{year}/posting.pdf")
    ResponseEntity<byte[]> posting(@PathVariable String area, @PathVariable int year) {
        Rounds.View view = rounds.view(id(area, year), scope.current());
        if (!view.round().meetingHeld() || view.proposed().isEmpty()) {
            throw new RecognitionRefused("round", "recognition.refused.posting.nothingPassed");
        }
        return DecisionController.pdf("danh-sach-niem-yet-" + area + "-" + year + ".pdf",
                pdf.fromTemplate("recognition/pdf/round-posting", documentModel(view,
                        view.round().postedFrom() != null ? view.round().postedFrom() : today.date()),
                        DOCUMENT_LOCALE));
    }

    /** Official documents are written in Vietnamese whatever the screen's language. */
    static final java.util.Locale DOCUMENT_LOCALE = java.util.Locale.forLanguageTag("vi");

    private Map<String, Object> documentModel(Rounds.View view, LocalDate on) {
        Map<String, Object> model = new java.util.LinkedHashMap<>();
        model.put("view", view);
        model.put("r", view.round());
        model.put("set", view.set());
        model.put("area", view.area());
        List<UnitView> ancestors = territory.ancestors(view.area(), view.asOf(), UnitScope.ALL);
        model.put("commune", ancestors.isEmpty() ? null : ancestors.get(ancestors.size() - 1));
        model.put("day", String.format("%02d", on.getDayOfMonth()));
        model.put("month", String.format("%02d", on.getMonthValue()));
        model.put("yearOn", on.getYear());
        return model;
    }

    private String back(String area, int year) {
        return "redirect:/recognition/rounds/" + area + "/" + year;
    }

    private String act(String area, int year, RedirectAttributes flash, Action action) {
        try {
            String message = action.run();
            if (message != null) {
                flash.addFlashAttribute("flash", message);
            }
        } catch (Refused e) {
            flash.addFlashAttribute("flashError", texts.of(e));
        }
        return back(area, year);
    }

    interface Action {
        String run();
    }

    private long id(String area, int year) {
        return rounds.find(area, year).orElseThrow(() -> new RecognitionRefused("round",
                "recognition.refused.round.notOpened", year)).id();
    }

    @PostMapping("/{area}/{year}/open")
    @PreAuthorize("@recognitionPermissions.may(\'round.manage\')")
    String open(@PathVariable String area, @PathVariable int year, RedirectAttributes flash) {
        return act(area, year, flash, () -> {
            rounds.open(area, year, scope.current());
            return texts.get("recognition.flash.opened", year);
        });
    }

    @PostMapping("/{area}/{year}/register")
    @PreAuthorize("@recognitionPermissions.may(\'round.manage\')")
    String register(@PathVariable String area, @PathVariable int year,
            @RequestParam(required = false) List<String> household, RedirectAttributes flash) {
        return act(area, year, flash, () -> {
            int n = rounds.register(id(area, year), household == null ? List.of() : household, null, scope.current());
            return texts.get("recognition.flash.registered", n);
        });
    }

    @PostMapping("/{area}/{year}/score-all")
    @PreAuthorize("@recognitionPermissions.may(\'round.manage\')")
    String scoreAll(@PathVariable String area, @PathVariable int year, RedirectAttributes flash) {
        return act(area, year, flash, () -> {
            long id = id(area, year);
            int scored = rounds.scoreAllMet(id, scope.current());
            long excluded = rounds.view(id, scope.current()).registered().stream().filter(Rounds.Row::excluded)
                    .count();
            return excluded == 0 ? texts.get("recognition.flash.scoredAll", scored)
                    : texts.get("recognition.flash.scoredAllExcluded", scored, excluded);
        });
    }

    @PostMapping("/{area}/{year}/score")
    @PreAuthorize("@recognitionPermissions.may(\'round.manage\')")
    String score(@PathVariable String area, @PathVariable int year, @RequestParam String household,
            @RequestParam(required = false) List<Long> met, RedirectAttributes flash) {
        return act(area, year, flash, () -> {
            rounds.score(id(area, year), household, met == null ? List.of() : met, scope.current());
            return texts.get("recognition.flash.scored", household);
        });
    }

    @PostMapping("/{area}/{year}/exclude")
    @PreAuthorize("@recognitionPermissions.may(\'round.manage\')")
    String exclude(@PathVariable String area, @PathVariable int year, @RequestParam String household,
            @RequestParam(required = false) Long criterion, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes flash) {
        return act(area, year, flash, () -> {
            rounds.exclude(id(area, year), household, criterion, reason, scope.current());
            return texts.get("recognition.flash.excluded", household);
        });
    }

    @PostMapping("/{area}/{year}/meeting")
    @PreAuthorize("@recognitionPermissions.may(\'round.manage\')")
    String meeting(@PathVariable String area, @PathVariable int year, @RequestParam(defaultValue = "") String meetingOn,
            @RequestParam(defaultValue = "") String invitees, @RequestParam(defaultValue = "") String attendees,
            @RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
        return act(area, year, flash, () -> {
            boolean ok = rounds.meeting(id(area, year), Dates.parseOrRefuse(meetingOn, "meetingOn"),
                    number(invitees, "invitees"), number(attendees, "attendees"), note, scope.current());
            if (!ok) {
                throw new RecognitionRefused("attendees", "recognition.refused.meeting.recordedWithoutQuorum");
            }
            return texts.get("recognition.flash.meeting");
        });
    }

    @PostMapping("/{area}/{year}/vote")
    @PreAuthorize("@recognitionPermissions.may(\'round.manage\')")
    String vote(@PathVariable String area, @PathVariable int year, @RequestParam(required = false) String household,
            @RequestParam(defaultValue = "") String agree, RedirectAttributes flash) {
        return act(area, year, flash, () -> {
            int n = rounds.vote(id(area, year), household == null || household.isBlank() ? null : household,
                    number(agree, "agree"), scope.current());
            return texts.get("recognition.flash.voted", n);
        });
    }

    @PostMapping("/{area}/{year}/post")
    @PreAuthorize("@recognitionPermissions.may(\'round.manage\')")
    String post(@PathVariable String area, @PathVariable int year, @RequestParam(defaultValue = "") String postedFrom,
            @RequestParam(defaultValue = "") String objections, RedirectAttributes flash) {
        return act(area, year, flash, () -> {
            rounds.post(id(area, year), Dates.parseOrRefuse(postedFrom, "postedFrom"), objections,
                    scope.current());
            return texts.get("recognition.flash.posted");
        });
    }

    @PostMapping("/{area}/{year}/send")
    @PreAuthorize("@recognitionPermissions.may(\'round.manage\')")
    String send(@PathVariable String area, @PathVariable int year, @RequestParam(defaultValue = "") String sentOn,
            RedirectAttributes flash) {
        return act(area, year, flash, () -> {
            rounds.send(id(area, year), Dates.parseOrRefuse(sentOn, "sentOn"), scope.current());
            return texts.get("recognition.flash.sent");
        });
    }

    /**
     * A whole number typed in a field (a dot groups thousands), refused with the field's own message keys
     * {@code recognition.refused.missing.<field>} and {@code recognition.refused.notWhole.<field>}.
     */
    static Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new RecognitionRefused(field, "recognition.refused.missing." + field);
        }
        try {
            return Integer.valueOf(text.strip().replace(".", ""));
        } catch (NumberFormatException e) {
            throw new RecognitionRefused(field, "recognition.refused.notWhole." + field);
        }
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
