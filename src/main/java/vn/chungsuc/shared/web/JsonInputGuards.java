package vn.chungsuc.shared.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Bad JSON stopped once for every API (issue 18, hole 10): a string with a NUL byte or another control character
 * (PostgreSQL cannot store U+0000) and a {@code null} inside a list ({@code "deprivations": [null]},
 * {@code "sources": [null]}) are refused while the body is read, before any module sees it. Both end as the API's
 * 400 naming the field ({@link ApiProblems}), so no module needs its own check and none answers 500.
 */
@Configuration(proxyBeanMethods = false)
class JsonInputGuards {

    @Bean
    JsonMapperBuilderCustomizer refuseControlCharactersAndNullItems() {
        SimpleModule strings = new SimpleModule("chungsuc-strings");
        strings.addDeserializer(String.class, new CheckedStrings());
        return builder -> {
            builder.addModule(strings);
            JsonSetter.Value failOnNullItems = JsonSetter.Value.forContentNulls(Nulls.FAIL);
            for (Class<?> type : List.of(List.class, Set.class, Collection.class, Object[].class,
                    String[].class, Long[].class, Integer[].class)) {
                builder.withConfigOverride(type, o -> o.setNullHandling(failOnNullItems));
            }
        };
    }

    /** A string read from JSON: as Jackson reads it, refused when it holds a control character. */
    static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            String s = super.deserialize(p, ctxt);
            if (s != null && BadInputGuards.hasControl(s)) {
                throw new ControlCharacter(p);
            }
            return s;
        }
    }

    /** A JSON string held a control character; {@link ApiProblems} names the field. */
    static final class ControlCharacter extends MismatchedInputException {
        ControlCharacter(JsonParser p) {
            super(p, "control character in a string", String.class);
        }
    }

    /** The path of the value at fault, as a client writes it: {@code deprivations[0]}, {@code target.name}. */
    static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
