package vn.chungsuc.campaign;

import java.util.List;

/**
 * The indicators a target can be measured by, offered on the target form. Implemented by the {@code indicators}
 * module (which depends on this one, not the other way round); absent, the form takes a code as typed.
 */
public interface IndicatorChoices {

    List<Choice> choices();

    record Choice(String code, String name) {
    }
}
