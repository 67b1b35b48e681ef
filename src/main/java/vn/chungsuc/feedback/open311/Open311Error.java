package vn.chungsuc.feedback.open311;

import java.util.List;

/**
 * A request GeoReport v2 refuses: its HTTP status (400, 403, 404, or 429 for a flood) and the descriptions,
 * already in the request's language. Nothing was stored.
 */
class Open311Error extends RuntimeException {

    final int status;
    final List<String> descriptions;

    Open311Error(int status, List<String> descriptions) {
        super(status + " " + descriptions);
        this.status = status;
        this.descriptions = List.copyOf(descriptions);
    }

    Open311Error(int status, String description) {
        this(status, List.of(description));
    }
}
