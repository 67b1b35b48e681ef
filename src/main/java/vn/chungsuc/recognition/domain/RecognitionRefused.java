package vn.chungsuc.recognition.domain;

import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.chungsuc.shared.problem.Refused;

/**
 * A recognition command refused for a reason the user can fix; nothing was changed. Each reason names the field at
 * fault and a message key of {@code messages/recognition*.properties} with its arguments (dates as
 * {@code Dates.show} text, years formatted {@code {0,number,#}} by the bundle), so that it reads in the request's
 * language. An argument may itself be a {@link #text text} to be resolved in that language (a household's blocker).
 */
public class RecognitionRefused extends Refused {

    public RecognitionRefused(String field, String key, Object... args) {
        super(field, key, args);
    }

    public RecognitionRefused(List<Reason> reasons) {
        super(reasons);
    }

    /** A text to be resolved in the request's language when the message it is an argument of is. */
    public static MessageSourceResolvable text(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args);
    }
}
