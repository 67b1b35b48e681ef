package vn.chungsuc.campaign.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.chungsuc.campaign.ProgrammeView;
import vn.chungsuc.campaign.domain.Programmes;

/** The programmes for other systems. Their targets with current values are served by the indicators module. */
@RestController
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Chương trình phối hợp thực hiện cuộc vận động")
class ProgrammesApiController {

    private final Programmes programmes;

    ProgrammesApiController(Programmes programmes) {
        this.programmes = programmes;
    }

    @GetMapping
    @Operation(summary = "All programmes, the latest period first")
    List<ProgrammeSummary> list() {
        return programmes.programmes().stream().map(ProgrammeSummary::of).toList();
    }

    /**
     * @param period first and last year
     * @param unit the territory code of the unit the programme runs in
     */
    record ProgrammeSummary(long id, String number, String kind, String title, LocalDate issuedOn, String unit,
            Period period) {

        static ProgrammeSummary of(ProgrammeView p) {
            return new ProgrammeSummary(p.id(), p.number(), p.kind(), p.title(), p.issuedOn(), p.unitCode(),
                    new Period(p.periodFrom(), p.periodTo()));
        }
    }

    record Period(int from, int to) {
    }
}
