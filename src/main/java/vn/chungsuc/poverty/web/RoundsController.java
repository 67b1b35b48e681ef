package vn.chungsuc.poverty.web;

import org.springframework.context.MessageSource;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.chungsuc.poverty.domain.BulkSurveys;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.Round;
import vn.chungsuc.poverty.domain.RoundRefused;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.poverty.domain.Standard;
import vn.chungsuc.poverty.domain.Standards;
import vn.chungsuc.poverty.domain.Survey;
import vn.chungsuc.registry.HouseholdRef;
import vn.chungsuc.registry.RegistryApi;
import vn.chungsuc.shared.documents.PdfDocuments;
import vn.chungsuc.shared.time.Dates;
import vn.chungsuc.territory.UnitView;

/** The review rounds: open one, walk its six steps, print the decision's certificates. */
@Controller
class RoundsController {

    private final PovertyWeb web;
    private final Rounds rounds;
    private final Lists lists;
    private final Standards standards;
    private final RegistryApi registry;
    private final PdfDocuments pdf;
    private final MessageSource messages;
    private final PovertyCertificates certificates;
    private final BulkSurveys bulk;

    RoundsController(PovertyWeb web, Rounds rounds, Lists lists, Standards standards, RegistryApi registry,
            PdfDocuments pdf, MessageSource messages, PovertyCertificates certificates, BulkSurveys bulk) {
        this.bulk = bulk;
        this.certificates = certificates;
        this.messages = messages;
        this.web = web;
        this.rounds = rounds;
        this.lists = lists;
        this.standards = standards;
        this.registry = registry;
        this.pdf = pdf;
    }

    @GetMapping("/poverty/rounds")
    String list(Model model) {
        LocalDate today = web.today();
        Map<String, String> communes = web.communes(today);
        Map<String, String> names = new HashMap<>(communes);
        List<Round> all = rounds.list(scopeCommunes());
        all.forEach(r -> names.computeIfAbsent(r.communeCode(), c -> web.areaName(c, LocalDate.of(r.year(), 12, 1))));
        model.addAttribute("rounds", all);
        model.addAttribute("names", names);
        Map<String, String> manageable = new LinkedHashMap<>();
        communes.forEach((code, name) -> web.unit(code, today).filter(u -> web.may("round.open", u))
                .ifPresent(u -> manageable.put(code, name)));
        model.addAttribute("manageable", manageable);
        model.addAttribute("year", today.getYear());
        return "poverty/rounds";
    }

    @PostMapping("/poverty/rounds")
    @PreAuthorize("@povertyPermissions.may('round.open')")
    String open(@RequestParam String commune, @RequestParam int year, @RequestParam(defaultValue = "3") int postingDays,
            RedirectAttributes redirect) {
        LocalDate today = web.today();
        if (web.unit(commune, today).filter(u -> web.may("round.open", u)).isEmpty()) {
            redirect.addFlashAttribute("error", web.msg("poverty.round.refused.scope"));
            return "redirect:/poverty/rounds";
        }
        try {
            long id = rounds.open(commune, year, postingDays, web.user());
            return "redirect:/poverty/rounds/" + id;
        } catch (RoundRefused e) {
            redirect.addFlashAttribute("error", web.msg(e.key(), e.args()));
            return "redirect:/poverty/rounds";
        }
    }

    /** Rows of the round's household list on one page. */
    static final int PAGE = 100;

    /**
     * A round: its steps, the form of the current step, and its households 100 a page, found by code, head's name
     * (without accents) or residential area.
     */
    @GetMapping("/poverty/rounds/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "0") int page, Model model) {
        Round r = visible(id);
        LocalDate at = r.decidedOn() != null ? r.decidedOn() : web.today();
        List<Rounds.Member> members = rounds.households(id);
        Map<String, HouseholdRef> known = new HashMap<>();
        registry.households(rounds.areasOf(r.communeCode(), at), at).forEach(h -> known.put(h.code(), h));
        Map<String, String> heads = new HashMap<>();
        Map<String, String> areaOf = new HashMap<>();
        members.forEach(m -> {
            HouseholdRef h = known.get(m.householdCode());
            if (h != null) {
                heads.put(m.householdCode(), h.headName());
                areaOf.put(m.householdCode(), h.areaCode());
            }
        });
        Map<String, String> areaNames = new java.util.TreeMap<>();
        areaOf.values().forEach(a -> areaNames.computeIfAbsent(a, x -> web.areaName(x, at)));
        String key = vn.chungsuc.shared.text.VietnameseText.searchKey(q);
        List<Rounds.Member> found = members.stream()
                .filter(m -> area.isBlank() || area.equals(areaOf.get(m.householdCode())))
                .filter(m -> key.isEmpty() || vn.chungsuc.shared.text.VietnameseText.searchKey(m.householdCode())
                        .contains(key) || vn.chungsuc.shared.text.VietnameseText.searchKey(
                                heads.get(m.householdCode())).contains(key))
                .toList();
        int totalPages = Math.max(1, (found.size() + PAGE - 1) / PAGE);
        int current = Math.max(0, Math.min(page, totalPages - 1));
        List<Rounds.Member> shown = found.subList(current * PAGE, Math.min(found.size(), (current + 1) * PAGE));
        shown.stream().filter(m -> !heads.containsKey(m.householdCode())).forEach(m -> registry
                .household(m.householdCode(), at).ifPresent(h -> heads.put(m.householdCode(), h.headName())));
        model.addAttribute("round", r);
        model.addAttribute("communeName", web.areaName(r.communeCode(), at));
        model.addAttribute("standard", standards.find(r.standardCode()).orElseThrow());
        model.addAttribute("members", shown);
        model.addAttribute("memberCount", members.size());
        model.addAttribute("foundCount", found.size());
        model.addAttribute("page", current);
        model.addAttribute("totalPages", totalPages);
        model.addAttribute("q", q);
        model.addAttribute("area", area);
        model.addAttribute("areaNames", areaNames);
        org.springframework.web.util.UriComponentsBuilder rest = org.springframework.web.util.UriComponentsBuilder
                .newInstance();
        if (!q.isBlank()) {
            rest.queryParam("q", q);
        }
        if (!area.isBlank()) {
            rest.queryParam("area", area);
        }
        String restQuery = rest.encode().build().getQuery();
        model.addAttribute("queryRest", restQuery);
        model.addAttribute("heads", heads);
        model.addAttribute("areaOf", areaOf);
        model.addAttribute("drafts", r.current() == 2 ? bulk.drafts(id) : Map.of());
        model.addAttribute("objections", rounds.objections(id));
        Map<String, ListEntry> classes = new HashMap<>();
        if (r.done(2)) {
            lists.ofRound(id).forEach(e -> classes.put(e.householdCode(), e));
        }
        model.addAttribute("classes", classes);
        Rounds.DecisionLists decided = r.decided() ? rounds.decisionLists(r) : null;
        model.addAttribute("lists", decided);
        // A certificate link only where the document opens (the rule the PDF itself applies).
        java.util.Set<String> withCertificate = new java.util.HashSet<>();
        if (decided != null) {
            Stream.concat(shown.stream().map(Rounds.Member::householdCode), decided.poor().size()
                    + decided.nearPoor().size() <= 300 ? Stream.concat(decided.poor().stream(),
                            decided.nearPoor().stream()).map(ListEntry::householdCode) : Stream.empty())
                    .distinct().filter(c -> certificates.entry(r, c).isPresent()).forEach(withCertificate::add);
        }
        model.addAttribute("withCertificate", withCertificate);
        model.addAttribute("canManage", canManage(r));
        model.addAttribute("today", Dates.show(web.today()));
        model.addAttribute("stepNumbers", List.of(1, 2, 3, 4, 5, 6));
        return "poverty/round";
    }

    @PostMapping("/poverty/rounds/{id}/steps/1")
    String listHouseholds(@PathVariable long id, @RequestParam(defaultValue = "") String applicants,
            RedirectAttributes redirect) {
        List<String> codes = Arrays.stream(applicants.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
        return act(id, redirect, () -> web.msg("poverty.round.listed", rounds.listHouseholds(id, codes, web.user())));
    }

    @GetMapping("/poverty/rounds/{id}/survey/{code}")
    String surveyForm(@PathVariable long id, @PathVariable String code, Model model) {
        Round r = visible(id);
        // Only a household on the round's list: any other code is unknown here, whoever holds it.
        if (!rounds.listed(id, code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Standard s = standards.find(r.standardCode()).orElseThrow();
        Survey survey = lists.survey(code, r.year()).filter(x -> x.roundId() != null && x.roundId() == id)
                .orElse(null);
        HouseholdRef h = registry.household(code, web.today()).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND));
        model.addAttribute("round", r);
        model.addAttribute("household", h);
        model.addAttribute("areaName", web.areaName(h.areaCode(), web.today()));
        model.addAttribute("standard", s);
        BulkSurveys.Draft draft = survey == null && r.current() == 2 ? bulk.drafts(id).get(code) : null;
        model.addAttribute("survey", survey);
        model.addAttribute("draft", draft);
        model.addAttribute("draftUnasked", draft == null ? List.of() : draft.unasked().stream()
                .map(c -> s.indicator(c).map(d -> d.name()).orElse(c)).toList());
        model.addAttribute("deprived", HouseholdsController.deprived(s, survey != null ? survey.deprivations()
                : draft != null ? draft.deprivations() : 0));
        model.addAttribute("canEdit", canManage(r) && r.current() == 2);
        return "poverty/survey";
    }

    /** Form B as a printable PDF: filled in when surveyed, blank otherwise (for the enumerator's visit). */
    @GetMapping("/poverty/rounds/{id}/survey/{code}.pdf")
    ResponseEntity<byte[]> surveyPdf(@PathVariable long id, @PathVariable String code, Locale locale) {
        Round r = visible(id);
        if (!rounds.listed(id, code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Standard s = standards.find(r.standardCode()).orElseThrow();
        Survey survey = lists.survey(code, r.year()).filter(x -> x.roundId() != null && x.roundId() == id)
                .orElse(null);
        LocalDate on = web.today();
        HouseholdRef h = registry.household(code, on).orElse(new HouseholdRef(code, "", null, 0));
        Map<String, Object> vars = new HashMap<>();
        vars.put("round", r);
        vars.put("household", h);
        vars.put("standard", s);
        vars.put("survey", survey);
        vars.put("communeName", web.areaName(r.communeCode(), on));
        vars.put("areaName", web.areaName(h.areaCode(), on));
        vars.put("deprived", HouseholdsController.deprived(s, survey == null ? 0 : survey.deprivations()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"phieu-b-" + code + ".pdf\"")
                .body(pdf.fromTemplate("poverty/survey-print", vars, locale));
    }

    @PostMapping("/poverty/rounds/{id}/survey/{code}")
    String survey(@PathVariable long id, @PathVariable String code, @RequestParam(defaultValue = "") String income,
            @RequestParam(name = "deprived", required = false) List<String> deprived, RedirectAttributes redirect) {
        long amount;
        try {
            amount = Long.parseLong(income.replace(".", "").replace(" ", "").strip());
        } catch (NumberFormatException e) {
            redirect.addFlashAttribute("error", web.msg("poverty.survey.refused.income"));
            return "redirect:/poverty/rounds/" + id + "/survey/" + code;
        }
        return act(id, redirect, () -> {
            rounds.survey(id, code, amount, deprived == null ? List.of() : deprived, web.user());
            return web.msg("poverty.survey.saved", code);
        });
    }

    @PostMapping("/poverty/rounds/{id}/survey/{code}/scores")
    String surveyScores(@PathVariable long id, @PathVariable String code, @RequestParam(defaultValue = "-1") int scoreA,
            @RequestParam(defaultValue = "-1") int scoreB, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            rounds.surveyScores(id, code, scoreA, scoreB, web.user());
            return web.msg("poverty.survey.saved", code);
        });
    }

    @PostMapping("/poverty/rounds/{id}/steps/2")
    String finishSurvey(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> web.msg("poverty.round.classified", rounds.finishSurvey(id, web.user())));
    }

    @PostMapping("/poverty/rounds/{id}/steps/3")
    String meeting(@PathVariable long id, @RequestParam(defaultValue = "0") int attendees,
            @RequestParam(defaultValue = "0") int agreed, @RequestParam(defaultValue = "") String minutes,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            rounds.meeting(id, attendees, agreed, minutes, web.user());
            return web.msg("poverty.round.stepDone", 3);
        });
    }

    @PostMapping("/poverty/rounds/{id}/posting")
    String posting(@PathVariable long id, @RequestParam(defaultValue = "") String from, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            rounds.startPosting(id, Dates.parse(from).orElse(null), web.user());
            return web.msg("poverty.round.posted");
        });
    }

    @PostMapping("/poverty/rounds/{id}/objections")
    String objection(@PathVariable long id, @RequestParam(defaultValue = "") String household,
            @RequestParam(defaultValue = "") String raisedBy, @RequestParam(defaultValue = "") String content,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            rounds.objection(id, household, raisedBy, content);
            return web.msg("poverty.objection.saved");
        });
    }

    @PostMapping("/poverty/rounds/{id}/objections/{objection}")
    String answer(@PathVariable long id, @PathVariable long objection, @RequestParam(defaultValue = "") String answer,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            rounds.answer(id, objection, answer, web.user());
            return web.msg("poverty.objection.answered");
        });
    }

    @PostMapping("/poverty/rounds/{id}/steps/4")
    String finishPosting(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            rounds.finishPosting(id, web.user());
            return web.msg("poverty.round.stepDone", 4);
        });
    }

    @PostMapping("/poverty/rounds/{id}/steps/5")
    String report(@PathVariable long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            rounds.report(id, note, web.user());
            return web.msg("poverty.round.stepDone", 5);
        });
    }

    @PostMapping("/poverty/rounds/{id}/steps/6")
    String decide(@PathVariable long id, @RequestParam(defaultValue = "") String number,
            @RequestParam(defaultValue = "") String decidedOn, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            rounds.decide(id, number, Dates.parse(decidedOn).orElse(null), web.user());
            return web.msg("poverty.round.decided");
        });
    }

    /** Giấy chứng nhận hộ nghèo, hộ cận nghèo (Mẫu số 03, QĐ 24/2021/QĐ-TTg) of a household of a decided round. */
    /** The decided lists as an Excel workbook: poor, near-poor, and those that left each list, with names. */
    @GetMapping("/poverty/rounds/{id}/lists.xlsx")
    ResponseEntity<byte[]> listsWorkbook(@PathVariable long id) throws java.io.IOException {
        Round r = visible(id);
        if (!r.decided()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LocalDate at = r.decidedOn();
        Rounds.DecisionLists decided = rounds.decisionLists(r);
        Map<String, ListEntry> entries = new HashMap<>();
        Stream.concat(decided.poor().stream(), decided.nearPoor().stream())
                .forEach(e -> entries.put(e.householdCode(), e));
        // Every household of the commune's areas in one query; one that has left the commune, by itself.
        Map<String, HouseholdRef> heads = new HashMap<>();
        java.util.Set<String> areas = new java.util.LinkedHashSet<>(rounds.areasOf(r.communeCode(), at));
        entries.values().forEach(e -> areas.add(e.areaCode()));
        registry.households(areas, at).forEach(h -> heads.put(h.code(), h));
        Map<String, String> areaNames = new HashMap<>();
        java.util.function.Function<String, ListWorkbook.Line> line = code -> {
            HouseholdRef h = heads.computeIfAbsent(code, c -> registry.household(c, at).orElse(null));
            ListEntry e = entries.get(code);
            String area = h != null ? h.areaCode() : e != null ? e.areaCode() : null;
            return new ListWorkbook.Line(code, h == null ? "" : h.headName(),
                    area == null ? "" : areaNames.computeIfAbsent(area, a -> web.areaName(a, at)), e);
        };
        Map<String, List<ListWorkbook.Line>> sheets = new LinkedHashMap<>();
        sheets.put("poverty.export.poor", decided.poor().stream().map(ListEntry::householdCode).map(line)
                .toList());
        sheets.put("poverty.export.nearPoor", decided.nearPoor().stream().map(ListEntry::householdCode)
                .map(line).toList());
        sheets.put("poverty.export.exitedPoor", decided.exitedPoor().stream().map(line).toList());
        sheets.put("poverty.export.exitedNearPoor", decided.exitedNearPoor().stream().map(line).toList());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ListWorkbook.write(r, web.areaName(r.communeCode(), at), sheets, messages, LocaleContextHolder.getLocale(),
                out);
        rounds.listsExported(r, sheets.values().stream().mapToInt(List::size).sum());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header("Content-Disposition", "attachment; filename=\"danh-sach-ho-ngheo-" + r.communeCode() + "-"
                        + r.year() + ".xlsx\"").body(out.toByteArray());
    }

    @GetMapping("/poverty/rounds/{id}/certificates/{code}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable long id, @PathVariable String code, Locale locale) {
        Round r = visible(id);
        ListEntry e = certificates.entry(r, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        HouseholdRef h = registry.household(code, e.decidedOn()).orElse(new HouseholdRef(code, e.areaCode(), null, 0));
        Standard s = standards.find(e.standardCode()).orElseThrow();
        Survey survey = lists.survey(code, r.year()).orElse(null);
        Map<String, Object> vars = new HashMap<>();
        vars.put("round", r);
        vars.put("entry", e);
        vars.put("household", h);
        vars.put("standard", s);
        vars.put("communeName", web.areaName(r.communeCode(), e.decidedOn()));
        vars.put("areaName", web.areaName(e.areaCode(), e.decidedOn()));
        vars.put("deprived", survey == null ? List.of() : HouseholdsController.deprived(s, survey.deprivations())
                .entrySet().stream().filter(Map.Entry::getValue).map(x -> x.getKey().name()).toList());
        vars.put("members", registry.members(code, e.decidedOn()));
        vars.put("decidedOn", Dates.show(e.decidedOn()));
        vars.put("listYear", r.year() + 1);
        byte[] body = pdf.fromTemplate("poverty/certificate", vars, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"giay-chung-nhan-" + code + ".pdf\"").body(body);
    }

    private String act(long id, RedirectAttributes redirect, Supplier<String> action) {
        Round r = visible(id);
        if (!canManage(r)) {
            redirect.addFlashAttribute("error", web.msg("poverty.round.refused.scope"));
            return "redirect:/poverty/rounds/" + id;
        }
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (RoundRefused e) {
            redirect.addFlashAttribute("error", web.msg(e.key(), e.args()));
        }
        return "redirect:/poverty/rounds/" + id;
    }

    private Round visible(long id) {
        Round r = rounds.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (communeView(r).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return r;
    }

    private java.util.Optional<UnitView> communeView(Round r) {
        return certificates.communeView(r);
    }

    private boolean canManage(Round r) {
        return communeView(r).map(u -> web.may("round.manage", u)).orElse(false);
    }

    private List<String> scopeCommunes() {
        return rounds.communesWithRounds().stream().filter(c -> web.unit(c, web.today()).isPresent()
                || web.unit(c, LocalDate.of(2025, 6, 30)).isPresent() || web.unit(c, LocalDate.of(2019, 6, 30))
                .isPresent()).toList();
    }
}
