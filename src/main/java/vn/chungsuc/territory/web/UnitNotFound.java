package vn.chungsuc.territory.web;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No unit with that code on that date inside the user's scope. Pages answer with the 404 error page, the API with
 * a problem body; both say the same whether the unit does not exist or is outside the scope, so a user cannot probe
 * for units he may not see.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class UnitNotFound extends RuntimeException {

    private final String code;
    private final transient LocalDate asOf;

    UnitNotFound(String code, LocalDate asOf) {
        super("No unit " + code + " on " + asOf + " in scope");
        this.code = code;
        this.asOf = asOf;
    }

    String code() {
        return code;
    }

    LocalDate asOf() {
        return asOf;
    }
}
