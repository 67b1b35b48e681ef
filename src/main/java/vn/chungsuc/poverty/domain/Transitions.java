package vn.chungsuc.poverty.domain;

import java.util.ArrayList;
import java.util.List;
import vn.chungsuc.poverty.PovertyClass;

/**
 * A household's moves between classes from one decided list to the next (the categories of Phiếu C, TT 17/2016):
 * new poor, exited poverty, exited near-poverty, fell back (poor again after having exited: tái nghèo is not
 * defined in law, so it is modelled as "had exited before, poor again").
 */
public final class Transitions {

    public enum Kind {
        NEW_POOR, NEW_NEAR_POOR, EXITED_POOR, EXITED_NEAR_POOR, POOR_TO_NEAR_POOR, NEAR_POOR_TO_POOR, FELL_BACK
    }

    public record Transition(int year, PovertyClass from, PovertyClass to, Kind kind) {
    }

    private Transitions() {
    }

    public static List<Transition> of(List<ListEntry> history) {
        List<Transition> out = new ArrayList<>();
        PovertyClass previous = null;
        boolean exited = false;
        for (ListEntry e : history) {
            PovertyClass now = e.effective();
            PovertyClass was = previous == null ? PovertyClass.NOT_POOR : previous;
            Kind kind = kind(was, now, exited);
            if (kind != null && previous != null) {
                out.add(new Transition(e.year(), was, now, kind));
            }
            if (was == PovertyClass.POOR && now != PovertyClass.POOR) {
                exited = true;
            }
            previous = now;
        }
        return out;
    }

    static Kind kind(PovertyClass was, PovertyClass now, boolean exitedBefore) {
        if (was == now) {
            return null;
        }
        return switch (now) {
            case POOR -> exitedBefore ? Kind.FELL_BACK : was == PovertyClass.NEAR_POOR ? Kind.NEAR_POOR_TO_POOR
                    : Kind.NEW_POOR;
            case NEAR_POOR -> was == PovertyClass.POOR ? Kind.POOR_TO_NEAR_POOR : Kind.NEW_NEAR_POOR;
            case NOT_POOR -> was == PovertyClass.POOR ? Kind.EXITED_POOR : Kind.EXITED_NEAR_POOR;
        };
    }
}
