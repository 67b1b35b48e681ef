package vn.chungsuc.territory;

import java.util.List;

/** An import file that was refused before anything was written. */
public class ImportRejected extends RuntimeException {

    private final transient List<ImportProblem> problems;

    public ImportRejected(List<ImportProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    private static String describe(List<ImportProblem> problems) {
        ImportProblem first = problems.get(0);
        return problems.size() + " problem(s), first: entry " + first.entry() + ", field " + first.field() + ", "
                + first.messageKey() + " " + first.args();
    }
}
