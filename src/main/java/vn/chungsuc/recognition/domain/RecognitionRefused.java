package vn.chungsuc.recognition.domain;

/** A command refused for a reason the user can fix; the message is Vietnamese, the field the one at fault. */
public class RecognitionRefused extends RuntimeException {

    private final String field;

    public RecognitionRefused(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
