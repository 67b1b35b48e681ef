package vn.chungsuc.reporting.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such report, or none the user may see: the answer does not tell the two apart. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {
    public NotFound(long id) {
        super("no report " + id);
    }
}
