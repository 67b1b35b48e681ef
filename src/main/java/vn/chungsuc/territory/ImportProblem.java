package vn.chungsuc.territory;

import java.util.List;

/**
 * Why an import file was refused: the entry (its key in the file, or null when the fault is in the file as a
 * whole), the field at fault, and a message key of the territory bundle with its arguments.
 */
public record ImportProblem(String entry, String field, String messageKey, List<Object> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    public static ImportProblem of(String entry, String field, String messageKey, Object... args) {
        return new ImportProblem(entry, field, messageKey, List.of(args));
    }
}
