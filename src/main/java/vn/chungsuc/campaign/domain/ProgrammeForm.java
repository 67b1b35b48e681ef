package vn.chungsuc.campaign.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.chungsuc.campaign.ProgrammeView;

/**
 * What a Front officer types to record a programme. Issuing bodies, legal bases and contents are one per line; an
 * issuing body's signatory follows its name after a vertical bar ("Ủy ban nhân dân thị xã Bỉm Sơn | Mai Đình Lâm").
 */
public record ProgrammeForm(
        @NotBlank(message = "{campaign.programme.number.required}")
        @Size(max = 100, message = "{campaign.programme.number.size}") String number,
        @NotBlank(message = "{campaign.programme.kind.required}")
        @Size(max = 200, message = "{campaign.programme.kind.size}") String kind,
        @NotBlank(message = "{campaign.programme.title.required}")
        @Size(max = 1000, message = "{campaign.programme.title.size}") String title,
        @NotNull(message = "{campaign.programme.issuedOn.required}")
        LocalDate issuedOn,
        @NotBlank(message = "{campaign.programme.place.required}")
        @Size(max = 200, message = "{campaign.programme.place.size}") String place,
        @NotBlank(message = "{campaign.programme.unitCode.required}") String unitCode,
        @NotBlank(message = "{campaign.programme.periodFrom.required}")
        @Pattern(regexp = YEAR, message = "{campaign.programme.year.range}") String periodFrom,
        @NotBlank(message = "{campaign.programme.periodTo.required}")
        @Pattern(regexp = YEAR, message = "{campaign.programme.year.range}") String periodTo,
        @NotBlank(message = "{campaign.programme.issuingBodies.required}")
        @Size(max = 2000, message = "{campaign.programme.text.size}") String issuingBodies,
        @Size(max = 10000, message = "{campaign.programme.text.size}") String legalBases,
        @Size(max = 10000, message = "{campaign.programme.text.size}") String contents) {

    static final String YEAR = "^\\s*(199\\d|20\\d\\d|2100)\\s*$";

    public static ProgrammeForm empty() {
        return new ProgrammeForm("", "Chương trình phối hợp", "", null, "", "", "", "", "", "", "");
    }

    public static ProgrammeForm of(ProgrammeView p) {
        return new ProgrammeForm(p.number(), p.kind(), p.title(), p.issuedOn(), p.place(), p.unitCode(),
                String.valueOf(p.periodFrom()), String.valueOf(p.periodTo()),
                String.join("\n", p.issuingBodies().stream()
                        .map(b -> b.signatory() == null || b.signatory().isBlank() ? b.name()
                                : b.name() + " | " + b.signatory())
                        .toList()),
                String.join("\n", p.legalBases()),
                String.join("\n", p.contents().stream().map(ProgrammeView.Content::title).toList()));
    }

    /** The programme this form describes (id 0 until stored). */
    public ProgrammeView toView(long id) {
        List<ProgrammeView.IssuingBody> bodies = lines(issuingBodies).stream().map(line -> {
            int bar = line.indexOf('|');
            return bar < 0 ? new ProgrammeView.IssuingBody(line, null)
                    : new ProgrammeView.IssuingBody(line.substring(0, bar).strip(),
                            blankToNull(line.substring(bar + 1).strip()));
        }).toList();
        List<ProgrammeView.Content> numbered = new ArrayList<>();
        List<String> contentLines = lines(contents);
        for (int i = 0; i < contentLines.size(); i++) {
            numbered.add(new ProgrammeView.Content(i + 1, contentLines.get(i)));
        }
        return new ProgrammeView(id, number.strip(), kind.strip(), title.strip(), issuedOn, place.strip(),
                unitCode.strip().toUpperCase(), fromYear(), toYear(), bodies, lines(legalBases), numbered);
    }

    /** The first year, or null when not a year. */
    public Integer fromYear() {
        return year(periodFrom);
    }

    public Integer toYear() {
        return year(periodTo);
    }

    private static Integer year(String s) {
        return s == null || !s.matches(YEAR) ? null : Integer.valueOf(s.strip());
    }

    public int contentCount() {
        return lines(contents).size();
    }

    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
