package vn.chungsuc.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chungsuc.reporting.document.OfficialDocument;
import vn.chungsuc.reporting.document.OfficialDocument.Part;
import vn.chungsuc.reporting.document.OfficialDocument.Signature;
import vn.chungsuc.shared.permission.BodyDirectory;
import vn.chungsuc.shared.permission.BodyRef;
import vn.chungsuc.shared.permission.Function;
import vn.chungsuc.shared.scope.UnitScope;
import vn.chungsuc.shared.sections.ReportBlock;
import vn.chungsuc.shared.sections.ReportSections;
import vn.chungsuc.shared.sections.ReportSections.Contribution;
import vn.chungsuc.shared.time.Period;
import vn.chungsuc.territory.TerritoryApi;
import vn.chungsuc.territory.UnitView;

/**
 * Puts a report together: the sections the modules contribute for its unit, period and kind, the officer's texts
 * (or their defaults, drafted from the sections' figures), the issuing body and its parent from the bodies of the
 * unit tree, the number and date, the signatures and recipients. Official documents are written in Vietnamese
 * whatever the interface's language.
 */
@Component
public class Assembler {

    public static final Locale DOCUMENT = Locale.forLanguageTag("vi");

    /** A text the officer may rewrite: its key, what it is for, the default and the text in use. */
    public record TextPart(String key, String label, String defaultText, String text) {
        public boolean edited() {
            return !text.equals(defaultText);
        }
    }

    /** The document, its texts and its tables (for the .xlsx annex). */
    public record Assembled(OfficialDocument document, List<TextPart> texts, List<Annex> tables) {
    }

    public record Annex(String section, ReportBlock.Table table) {
    }

    private final ReportSections sections;
    private final TerritoryApi territory;
    private final BodyDirectory bodies;
    private final MessageSource messages;

    Assembler(ReportSections sections, TerritoryApi territory, BodyDirectory bodies, MessageSource messages) {
        this.sections = sections;
        this.territory = territory;
        this.bodies = bodies;
        this.messages = messages;
    }

    /** The Front committee of a unit on a date, from the bodies of the unit tree. */
    public Optional<BodyRef> front(String unitCode, LocalDate on) {
        return bodies.validOn(on).stream().filter(b -> b.unitCode().equals(unitCode)
                && b.functions().contains(Function.FRONT)).findFirst();
    }

    public Assembled assemble(Report r, Map<String, String> edited, LocalDate draftDate) {
        Period period = r.period();
        UnitView unit = territory.find(r.unitCode(), period.end(), UnitScope.ALL).orElseThrow();
        List<Contribution> found = sections.forUnit(r.unitCode(), period, r.kind().sections, DOCUMENT).stream()
                .filter(c -> r.kind().takes(c.key())).toList();
        List<TextPart> texts = new ArrayList<>();
        List<Annex> tables = new ArrayList<>();
        Map<String, String> defaults = new LinkedHashMap<>();

        List<String> shares = new ArrayList<>();
        for (Contribution c : found) {
            for (ReportBlock b : c.blocks()) {
                if (b instanceof ReportBlock.Table t) {
                    shares.addAll(shares(t));
                }
            }
        }
        // a table without shares (the poverty lists' movement, the fund's money) is drafted from its rows
        List<String> rows = new ArrayList<>();
        if (shares.isEmpty()) {
            for (Contribution c : found) {
                for (ReportBlock b : c.blocks()) {
                    if (b instanceof ReportBlock.Table t) {
                        rows.addAll(rows(t));
                    }
                }
            }
        }
        List<String> figures = shares.isEmpty() ? rows : shares;
        String periodText = periodText(period);
        String draft = msg("reporting.draft.intro." + r.kind(), periodText, unit.fullName());
        if (!figures.isEmpty()) {
            draft = draft + " " + msg("reporting.draft.shares", periodText, unit.fullName(),
                    String.join("; ", figures));
        }
        String intro = text(texts, edited, "intro", msg("reporting.text.intro"), draft);
        String bases = text(texts, edited, "bases", msg("reporting.text.bases"),
                defaultBases(r, period, periodText));

        List<ReportBlock> results = new ArrayList<>();
        int n = 1;
        for (Contribution c : found) {
            results.add(new ReportBlock.Heading(1, n++ + ". " + c.title()));
            for (ReportBlock b : c.blocks()) {
                if (b instanceof ReportBlock.EditableText e) {
                    String t = text(texts, edited, c.key() + ":" + e.key(), c.title() + " – " + e.label(),
                            e.defaultText());
                    results.add(new ReportBlock.Paragraph(t));
                } else {
                    if (b instanceof ReportBlock.Table t) {
                        tables.add(new Annex(c.title(), t));
                    }
                    results.add(b);
                }
            }
        }
        if (found.isEmpty()) {
            results.add(new ReportBlock.Paragraph(msg("reporting.draft.nothing", periodText, unit.fullName())));
        }
        String achievements = text(texts, edited, "achievements", msg("reporting.text.achievements"),
                figures.isEmpty() ? msg("reporting.default.achievements.none")
                        : msg("reporting.default.achievements", String.join("; ", figures)));
        String shortcomings = text(texts, edited, "shortcomings", msg("reporting.text.shortcomings"),
                msg("reporting.default.shortcomings"));
        String next = period.span() ? msg("reporting.next.after", period.year())
                : period.firstHalf() ? msg("reporting.next.secondHalf", period.year())
                : msg("reporting.next.year", period.year() + 1);
        String tasks = text(texts, edited, "tasks", msg("reporting.text.tasks"),
                r.kind().sectionPrefix == null ? msg("reporting.default.tasks", next)
                        : msg("reporting.default.tasks." + r.kind(), next));

        List<Part> parts = List.of(
                new Part(OfficialDocument.roman(1), msg("reporting.part.results").toUpperCase(DOCUMENT), results),
                new Part(OfficialDocument.roman(2), msg("reporting.part.assessment").toUpperCase(DOCUMENT),
                        List.of(new ReportBlock.Heading(1, msg("reporting.part.achievements")),
                                new ReportBlock.Paragraph(achievements),
                                new ReportBlock.Heading(1, msg("reporting.part.shortcomings")),
                                new ReportBlock.Paragraph(shortcomings))),
                new Part(OfficialDocument.roman(3), msg("reporting.part.tasks", next).toUpperCase(DOCUMENT),
                        List.of(new ReportBlock.Paragraph(tasks))));

        LocalDate on = r.issuedOn() != null ? r.issuedOn() : draftDate;
        String parentBody;
        List<String> issuer;
        List<Signature> signs = new ArrayList<>();
        // "TM. BAN THƯỜNG TRỰC / CHỦ TỊCH", or a deputy signing for the chair "TM. BAN THƯỜNG TRỰC / KT. CHỦ TỊCH /
        // PHÓ CHỦ TỊCH" (NĐ 30/2020/NĐ-CP Phụ lục I, mục IV: ký thay mặt tập thể, ký thay người đứng đầu)
        Signature front = r.signerDeputy()
                ? new Signature(msg("reporting.sign.tm.front") + "\n" + msg("reporting.sign.kt"),
                        msg("reporting.sign.deputy"), nz(r.signerName()))
                : new Signature(msg("reporting.sign.tm.front"), msg("reporting.sign.chair"), nz(r.signerName()));
        Optional<UnitView> parent = unit.parentCode() == null ? Optional.empty()
                : territory.find(unit.parentCode(), period.end(), UnitScope.ALL);
        String frontName = front(unit.code(), period.end()).map(BodyRef::name)
                .orElse(msg("reporting.issuer.front", unit.fullName()));
        if (r.joint()) {
            parentBody = parent.map(UnitView::fullName).orElse(msg("reporting.parent.country"));
            issuer = List.of(msg("reporting.issuer.joint"), unit.fullName());
            signs.add(new Signature(msg("reporting.sign.tm.committee"), msg("reporting.sign.chair"),
                    nz(r.coSignerName())));
        } else {
            parentBody = parent.flatMap(p -> front(p.code(), period.end())).map(BodyRef::name)
                    .orElse(parent.map(p -> msg("reporting.issuer.front", p.fullName()))
                            .orElse(msg("reporting.parent.country")));
            issuer = List.of(frontName);
        }
        signs.add(front);
        String code = r.docType() + (r.joint() ? "-UBND-MTTQ" : "-MTTQ");
        String number = r.number() == null ? msg("reporting.number.draft", code)
                : msg("reporting.number", String.format("%02d", r.number()), code);
        String date = msg("reporting.placeDate", unit.name(), String.format("%02d", on.getDayOfMonth()),
                on.getMonthValue() <= 2 ? String.format("%02d", on.getMonthValue())
                        : String.valueOf(on.getMonthValue()), String.valueOf(on.getYear()));
        List<String> defaultRecipients = new ArrayList<>();
        parent.ifPresent(p -> defaultRecipients.add(msg("reporting.default.recipient.parent",
                front(p.code(), period.end()).map(BodyRef::name).orElse(msg("reporting.issuer.front",
                        p.fullName())))));
        defaultRecipients.add(msg("reporting.default.recipient.party", unit.fullName()));
        defaultRecipients.add(msg("reporting.default.recipient.committee", unit.fullName()));
        defaultRecipients.add(msg("reporting.default.recipient.members"));
        String recipients = text(texts, edited, "recipients", msg("reporting.text.recipients"),
                String.join("\n", defaultRecipients));
        List<String> items = new ArrayList<>();
        for (String line : lines(recipients)) {
            String item = line.replaceAll("^[-–•\\s]+", "").replaceAll("[;.,\\s]+$", "");
            if (!item.isEmpty()) {
                items.add("- " + item + ";");
            }
        }
        items.add(msg("reporting.recipients.archive", r.joint() ? "UBND, MTTQ" : "MTTQ"));
        List<String> baseLines = new ArrayList<>();
        List<String> raw = lines(bases);
        for (int i = 0; i < raw.size(); i++) {
            baseLines.add(raw.get(i).replaceAll("[;.\\s]+$", "") + (i == raw.size() - 1 ? "." : ";"));
        }
        OfficialDocument doc = new OfficialDocument(parentBody.toUpperCase(DOCUMENT),
                issuer.stream().map(s -> s.toUpperCase(DOCUMENT)).toList(), msg("reporting.nationalTitle"),
                msg("reporting.motto"), number, date, msg("reporting.typeName").toUpperCase(DOCUMENT),
                msg("reporting.summary." + r.kind(), periodText, period.years()), baseLines,
                lines(intro).stream().map(OfficialDocument.Paragraphs::new).toList(), parts, signs,
                msg("reporting.recipients"), items);
        return new Assembled(doc, texts, tables);
    }

    private String text(List<TextPart> texts, Map<String, String> edited, String key, String label, String def) {
        String t = edited.getOrDefault(key, def);
        texts.add(new TextPart(key, label, def, t));
        return t;
    }

    /**
     * The shares a table shows with their numerator and denominator (a value in percent next to two counts whose
     * ratio it is, after a text): "Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa: 12.040/14.883 (80,9 %)". Found by the
     * numbers alone, so any module's table that shows a share this way is drafted from.
     */
    List<String> shares(ReportBlock.Table t) {
        NumberFormat counts = NumberFormat.getIntegerInstance(DOCUMENT);
        NumberFormat pct = NumberFormat.getNumberInstance(DOCUMENT);
        pct.setMinimumFractionDigits(1);
        pct.setMaximumFractionDigits(1);
        List<String> out = new ArrayList<>();
        for (List<ReportBlock.Cell> row : t.body()) {
            String label = row.stream().filter(c -> c.text() != null && c.text().length() > 3).map(ReportBlock.Cell::text)
                    .findFirst().orElse(null);
            if (label == null) {
                continue;
            }
            // the value follows a text (the label, the goal): in a row of counts alone (the fund's money) a zero
            // next to a zero and a sum is no share
            for (int i = 1; i + 2 < row.size(); i++) {
                if (row.get(i - 1).isNumber()) {
                    continue;
                }
                BigDecimal v = row.get(i).number();
                BigDecimal num = row.get(i + 1).number();
                BigDecimal den = row.get(i + 2).number();
                if (v == null || num == null || den == null || den.signum() <= 0 || num.compareTo(den) > 0) {
                    continue;
                }
                BigDecimal share = num.multiply(BigDecimal.valueOf(100)).divide(den, 4, RoundingMode.HALF_UP);
                if (share.subtract(v).abs().compareTo(new BigDecimal("0.05")) <= 0) {
                    out.add(msg("reporting.draft.share", label, counts.format(num), counts.format(den),
                            pct.format(v.setScale(1, RoundingMode.HALF_UP))));
                    break;
                }
            }
        }
        return out;
    }

    /**
     * One line per row of a small table, each number with its column: "Hộ nghèo: Số hộ – Đầu kỳ 120, Số hộ – Cuối
     * kỳ 98, …". Used when no share is found, so that every report's default text states its figures.
     */
    List<String> rows(ReportBlock.Table t) {
        List<String> out = new ArrayList<>();
        if (t.body().size() > 10) {
            return out;
        }
        NumberFormat numbers = NumberFormat.getNumberInstance(DOCUMENT);
        numbers.setMaximumFractionDigits(2);
        List<String> header = Renderer.flatHeader(t);
        for (List<ReportBlock.Cell> row : t.body()) {
            String label = row.isEmpty() || row.get(0).text() == null ? null : row.get(0).text();
            List<String> values = new ArrayList<>();
            for (int i = 1; i < row.size() && i < header.size(); i++) {
                if (row.get(i).isNumber()) {
                    values.add(msg("reporting.draft.value", header.get(i), numbers.format(row.get(i).number())));
                }
            }
            if (label != null && !values.isEmpty()) {
                out.add(msg("reporting.draft.row", label, String.join(", ", values)));
            }
        }
        return out;
    }

    /** The legal bases a report starts from; the officer rewrites them as he needs. */
    private String defaultBases(Report r, Period period, String periodText) {
        return switch (r.kind()) {
            // TT 17/2016/TT-BLĐTBXH set the yearly review's procedure for 2016–2020; QĐ 24/2021/QĐ-TTg from 2021
            case POVERTY_REVIEW -> msg(period.year() <= 2020 ? "reporting.default.bases.POVERTY_REVIEW.2016"
                    : "reporting.default.bases.POVERTY_REVIEW.2021", periodText);
            case FUND_YEARLY -> msg("reporting.default.bases.FUND_YEARLY", periodText);
            default -> r.programme() == null || r.programme().isBlank() ? msg("reporting.default.bases", periodText)
                    : msg("reporting.default.basesProgramme", r.programme(), periodText);
        };
    }

    public String periodText(Period p) {
        return switch (p.kind()) {
            case HALF_YEAR -> msg("reporting.period.half", p.year());
            case YEAR -> msg("reporting.period.year", p.year());
            case SPAN -> msg("reporting.period.span", p.firstYear(), p.year());
        };
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String msg(String key, Object... args) {
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Integer n ? String.valueOf(n) : args[i];
        }
        return messages.getMessage(key, plain, key, DOCUMENT);
    }
}
