package vn.chungsuc.recognition.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chungsuc.recognition.DecisionView;
import vn.chungsuc.recognition.NewDecision;
import vn.chungsuc.recognition.RecognitionApi;
import vn.chungsuc.recognition.RecognitionPermissions;
import vn.chungsuc.recognition.domain.AreaRounds;
import vn.chungsuc.recognition.domain.Catalogue;
import vn.chungsuc.recognition.domain.RecognitionRefused;
import vn.chungsuc.recognition.domain.Title;
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
 * The residential-area titles' round: an area's page (self-assessment by the head, review by the Ban Công tác Mặt
 * trận), the commune's page (its areas by the tree on the listing date, the proposal of the reviewed ones, and the
 * chair's decision on the proposed ones), and above the commune a list to go down. Each step is a
 * post/redirect/get with a notice in the user's language.
 */
@Controller
@RequestMapping("/recognition/area-rounds")
class AreaRoundController {

    private final AreaRounds rounds;
    private final RecognitionApi decisions;
    private final Catalogue catalogue;
    private final TerritoryApi territory;
    private final RecognitionPermissions permissions;
    private final CurrentUnitScope scope;
    private final Today today;
    private final Texts texts;

    AreaRoundController(AreaRounds rounds, RecognitionApi decisions, Catalogue catalogue, TerritoryApi territory,
            RecognitionPermissions permissions, CurrentUnitScope scope, Today today, Texts texts) {
        this.rounds = rounds;
        this.decisions = decisions;
        this.catalogue = catalogue;
        this.territory = territory;
        this.permissions = permissions;
        this.scope = scope;
        this.today = today;
        this.texts = texts;
    }

    /** One step of the round: its notice, or a refusal. */
    interface Step {
        String run();
    }

    /** The years the pages offer: this year back to 2017, the first year of the demo history. */
    private List<Integer> years() {
        List<Integer> out = new java.util.ArrayList<>();
        for (int y = today.year(); y >= 2017; y--) {
            out.add(y);
        }
        return out;
    }

    private String titleOr(String title) {
        return rounds.titles().stream().map(Title::code).filter(c -> c.equals(title)).findFirst()
                .orElse(Title.CULTURAL_AREA);
    }

    @GetMapping
    @PreAuthorize("@recognitionPermissions.may('area.view')")
    String index(@RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String title, Model model) {
        int y = year == null || year < 2000 || year > today.year() ? today.year() : year;
        String t = titleOr(title);
        LocalDate on = rounds.listingDate(y);
        UnitScope s = scope.current();
        UnitView current = unit == null || unit.isBlank() ? null : territory.find(unit.strip(), on, s).orElse(null);
        if (current == null) {
            List<UnitNode> roots = territory.roots(on, s);
            if (roots.size() == 1) {
                current = roots.get(0).unit();
            } else {
                model.addAttribute("children", roots.stream().map(UnitNode::unit).toList());
            }
        }
        if (current != null && current.level() == UnitLevel.RESIDENTIAL_AREA) {
            return "redirect:/recognition/area-rounds/" + current.code() + "/" + t + "/" + y;
        }
        if (current != null && current.level() == UnitLevel.COMMUNE) {
            List<AreaRounds.AreaLine> lines = rounds.areasOf(current.code(), t, y, s);
            model.addAttribute("lines", lines);
            model.addAttribute("reviewed", lines.stream().filter(l -> l.stage() == AreaRounds.Stage.REVIEWED)
                    .toList());
            model.addAttribute("proposed", lines.stream().filter(l -> l.stage() == AreaRounds.Stage.PROPOSED)
                    .toList());
            model.addAttribute("mayPropose", permissions.may("area.propose", current.code(), on));
            // The decision is the deciding authority's: the commune's chair from 1/7/2025, the district's before.
            LocalDate decided = LocalDate.of(y, 12, 15);
            var decider = catalogue.decider(t, decided);
            decider.ifPresent(d -> model.addAttribute("decider", d));
            UnitView decisionUnit = current;
            if (decider.isPresent() && !decider.get().level().equals(current.level().name())) {
                decisionUnit = territory.ancestors(current, on, UnitScope.ALL).stream()
                        .filter(a -> a.level().name().equals(decider.get().level())).findFirst().orElse(current);
            }
            model.addAttribute("decisionUnit", decisionUnit);
            model.addAttribute("mayDecide", permissions.may("decision.issue", decisionUnit.code(), on));
            model.addAttribute("ancestors", territory.ancestors(current, on, s));
        } else if (current != null) {
            model.addAttribute("children", territory.children(current.code(), on, s));
            model.addAttribute("ancestors", territory.ancestors(current, on, s));
        }
        model.addAttribute("current", current);
        model.addAttribute("year", y);
        model.addAttribute("titleCode", t);
        model.addAttribute("titles", rounds.titles());
        model.addAttribute("years", years());
        model.addAttribute("today", Dates.show(today.date()));
        return "recognition/area-rounds";
    }

    @GetMapping("/{area}/{title}/{year}")
    @PreAuthorize("@recognitionPermissions.may('area.view')")
    String round(@PathVariable String area, @PathVariable String title, @PathVariable int year, Model model) {
        String t = titleOr(title);
        if (!t.equals(title) || year < 2000 || year > 2100) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        UnitScope s = scope.current();
        LocalDate on = rounds.listingDate(year);
        UnitView unit = territory.find(area, on, s).filter(u -> u.level() == UnitLevel.RESIDENTIAL_AREA)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("area", unit);
        // The territory's name already carries the former ward where areas share a name ("Khu phố 1 (Ba Đình cũ)").
        model.addAttribute("areaName", unit.fullName());
        catalogue.decider(t, LocalDate.of(year, 12, 15)).ifPresent(d -> model.addAttribute("decider", d));
        model.addAttribute("year", year);
        model.addAttribute("titleCode", t);
        model.addAttribute("titleName", catalogue.title(t).map(Title::name).orElse(t));
        model.addAttribute("titles", rounds.titles());
        model.addAttribute("years", years());
        model.addAttribute("today", Dates.show(today.date()));
        model.addAttribute("mayAssess", permissions.may("area.assess", unit.code(), on));
        model.addAttribute("mayReview", permissions.may("area.review", unit.code(), on));
        var round = rounds.find(area, t, year);
        if (round.isPresent()) {
            model.addAttribute("view", rounds.view(round.get().id(), s));
        }
        return "recognition/area-round";
    }

    private String back(String area, String title, int year) {
        return "redirect:/recognition/area-rounds/" + area + "/" + title + "/" + year;
    }

    private long id(String area, String title, int year) {
        return rounds.find(area, title, year).orElseThrow(() -> new RecognitionRefused("round",
                "recognition.refused.round.notOpened", year)).id();
    }

    private void act(RedirectAttributes flash, Step action) {
        try {
            String message = action.run();
            if (message != null) {
                flash.addFlashAttribute("flash", message);
            }
        } catch (Refused e) {
            flash.addFlashAttribute("flashError", texts.of(e));
        }
    }

    @PostMapping("/{area}/{title}/{year}/open")
    @PreAuthorize("@recognitionPermissions.may('area.assess')")
    String open(@PathVariable String area, @PathVariable String title, @PathVariable int year,
            RedirectAttributes flash) {
        act(flash, () -> {
            rounds.open(area, title, year, scope.current());
            return texts.get("recognition.areaFlash.opened", year);
        });
        return back(area, title, year);
    }

    @PostMapping("/{area}/{title}/{year}/assess")
    @PreAuthorize("@recognitionPermissions.may('area.assess')")
    String assess(@PathVariable String area, @PathVariable String title, @PathVariable int year,
            @RequestParam(required = false) List<Long> met, @RequestParam(defaultValue = "") String report,
            @RequestParam Map<String, String> form, RedirectAttributes flash) {
        act(flash, () -> {
            Map<Long, String> evidence = new HashMap<>();
            form.forEach((k, v) -> {
                if (k.startsWith("evidence-")) {
                    try {
                        evidence.put(Long.valueOf(k.substring("evidence-".length())), v);
                    } catch (NumberFormatException ignored) {
                        // not a criterion's field
                    }
                }
            });
            rounds.assess(id(area, title, year), met == null ? List.of() : met, evidence, report, scope.current());
            return texts.get("recognition.areaFlash.assessed");
        });
        return back(area, title, year);
    }

    @PostMapping("/{area}/{title}/{year}/submit")
    @PreAuthorize("@recognitionPermissions.may('area.assess')")
    String submit(@PathVariable String area, @PathVariable String title, @PathVariable int year,
            @RequestParam(defaultValue = "") String submittedOn, RedirectAttributes flash) {
        act(flash, () -> {
            rounds.submit(id(area, title, year), Dates.parseOrRefuse(submittedOn, "submittedOn"), scope.current());
            return texts.get("recognition.areaFlash.submitted");
        });
        return back(area, title, year);
    }

    @PostMapping("/{area}/{title}/{year}/review")
    @PreAuthorize("@recognitionPermissions.may('area.review')")
    String review(@PathVariable String area, @PathVariable String title, @PathVariable int year,
            @RequestParam(defaultValue = "false") boolean agrees, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String reviewedOn, RedirectAttributes flash) {
        act(flash, () -> {
            rounds.review(id(area, title, year), agrees, note, Dates.parseOrRefuse(reviewedOn, "reviewedOn"),
                    scope.current());
            return texts.get(agrees ? "recognition.areaFlash.agreed" : "recognition.areaFlash.returned");
        });
        return back(area, title, year);
    }

    private String commune(String unit, String title, int year) {
        return "redirect:/recognition/area-rounds?unit=" + unit + "&title=" + title + "&year=" + year;
    }

    @PostMapping("/unit/{unit}/{title}/{year}/propose")
    @PreAuthorize("@recognitionPermissions.may('area.propose')")
    String propose(@PathVariable String unit, @PathVariable String title, @PathVariable int year,
            @RequestParam(required = false) List<String> area, @RequestParam(defaultValue = "") String proposedOn,
            @RequestParam(defaultValue = "") String postedFrom, @RequestParam(defaultValue = "") String note,
            RedirectAttributes flash) {
        act(flash, () -> texts.get("recognition.areaFlash.proposed", rounds.propose(unit, title, year,
                area == null ? List.of() : area, Dates.parseOrRefuse(proposedOn, "proposedOn"),
                Dates.parseOrRefuse(postedFrom, "postedFrom"), note, scope.current())));
        return commune(unit, title, year);
    }

    @PostMapping("/unit/{unit}/{title}/{year}/decide")
    @PreAuthorize("@recognitionPermissions.may('decision.issue')")
    String decide(@PathVariable String unit, @PathVariable String title, @PathVariable int year,
            @RequestParam(required = false) List<String> subject, @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String signedOn, @RequestParam(defaultValue = "") String signer,
            @RequestParam(defaultValue = "") String commune, RedirectAttributes flash) {
        try {
            List<NewDecision.Subject> subjects = (subject == null ? List.<String>of() : subject).stream()
                    .map(c -> new NewDecision.Subject(c, null, null)).toList();
            DecisionView d = decisions.decide(new NewDecision(title, year, unit, number,
                    Dates.parseOrRefuse(signedOn, "signedOn"), signer, subjects), scope.current());
            flash.addFlashAttribute("flash", texts.get("recognition.flash.decided", d.number(), d.awards().size(),
                    d.titleName(), d.year()));
            return "redirect:/recognition/decisions/" + d.id();
        } catch (Refused e) {
            flash.addFlashAttribute("flashError", texts.of(e));
            flash.addFlashAttribute("number", number);
            flash.addFlashAttribute("signedOn", signedOn);
            flash.addFlashAttribute("signer", signer);
            return commune(commune.isBlank() ? unit : commune.strip(), title, year);
        }
    }
}
