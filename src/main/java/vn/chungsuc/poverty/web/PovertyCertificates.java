package vn.chungsuc.poverty.web;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.chungsuc.poverty.PovertyClass;
import vn.chungsuc.poverty.domain.ListEntry;
import vn.chungsuc.poverty.domain.Lists;
import vn.chungsuc.poverty.domain.Round;
import vn.chungsuc.poverty.domain.Rounds;
import vn.chungsuc.territory.UnitView;

/**
 * When the certificate of a poor or near-poor household (giấy chứng nhận, issued on the commune chair's decision)
 * exists for the user: the one rule the PDF and every link to it share, so that no link leads to a 404.
 */
@Component
class PovertyCertificates {

    private final PovertyWeb web;
    private final Rounds rounds;
    private final Lists lists;

    PovertyCertificates(PovertyWeb web, Rounds rounds, Lists lists) {
        this.web = web;
        this.rounds = rounds;
        this.lists = lists;
    }

    /** The round's commune as the user's scope sees it: on the decision date, else today or 1 September. */
    Optional<UnitView> communeView(Round r) {
        LocalDate at = r.decidedOn() != null ? r.decidedOn() : web.today();
        return web.unit(r.communeCode(), at).or(() -> web.unit(r.communeCode(), LocalDate.of(r.year(), 9, 1)));
    }

    /** The household's entry of the round's year when this round decided it poor or near-poor. */
    Optional<ListEntry> entry(Round r, String code) {
        return lists.entry(code, r.year()).filter(x -> x.roundId() != null && x.roundId() == r.id()
                && x.decidedOn() != null && x.effective() != PovertyClass.NOT_POOR);
    }

    /** Whether the certificate for this entry of the household can be opened by the current user. */
    boolean exists(String code, ListEntry e) {
        if (e.roundId() == null || e.decidedOn() == null || e.effective() == PovertyClass.NOT_POOR) {
            return false;
        }
        return rounds.find(e.roundId()).filter(r -> communeView(r).isPresent()).flatMap(r -> entry(r, code))
                .isPresent();
    }
}
