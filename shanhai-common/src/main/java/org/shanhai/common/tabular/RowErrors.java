package org.shanhai.common.tabular;

import org.shanhai.common.problem.Text;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.shanhai.common.problem.FieldError;
import org.shanhai.common.problem.Problems;

/**
 * An import's errors, every bad row with its number, column and reason: an import stores all its rows
 * or none, so it checks them all first and then answers once with the whole list (a 400 whose
 * {@code errors[]} carry {@code row} and {@code field} = the column as the file names it).
 */
public final class RowErrors {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(int row, String column, Text message) {
        errors.add(FieldError.row(row, column, message));
    }

    /** A reason already in the caller's language (Bean Validation's, or a captured problem's). */
    private void addResolved(int row, String column, String message) {
        errors.add(new FieldError(row, column, "body", message));
    }

    /**
     * Refuses the cells holding the NUL character, which PostgreSQL cannot store in text (a file
     * may carry it; a JSON body is refused by JsonBodies). Returns whether the row had any.
     */
    public boolean refuseNul(Table.Row row) {
        boolean any = false;
        for (java.util.Map.Entry<String, String> cell : row.cells().entrySet()) {
            if (cell.getValue() != null && cell.getValue().indexOf('\u0000') >= 0) {
                add(row.number(), cell.getKey(), Text.of("contains the NUL character, which cannot be stored",
                        "含 NUL 字符，无法保存"));
                any = true;
            }
        }
        return any;
    }

    /** Adds the errors another thread found in the same file (each thread keeps its own). */
    public void addAll(RowErrors other) {
        errors.addAll(other.errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    /** Bean Validation's verdict on a row's request; {@code column} maps a request field to its column. */
    public <T> void addViolations(int row, Set<ConstraintViolation<T>> violations, Function<String, String> column) {
        for (ConstraintViolation<T> v : violations) {
            addResolved(row, column.apply(v.getPropertyPath().toString()), v.getMessage());
        }
    }

    /**
     * Runs a check written for single requests; the problem it throws (a 400 or 422 naming request
     * fields) becomes errors of this row. Returns whether the check passed.
     */
    public boolean capture(int row, Function<String, String> column, Runnable check) {
        try {
            check.run();
            return true;
        } catch (HttpProblem p) {
            if (p.getStatusCode() == 403) {
                throw p; // a refusal refuses the whole file
            }
            if (p.getParameters().get("errors") instanceof List<?> list && !list.isEmpty()) {
                for (Object o : list) {
                    if (o instanceof FieldError f) {
                        addResolved(row, column.apply(f.field()), f.message());
                    }
                }
            } else {
                addResolved(row, "row", p.getDetail());
            }
            return false;
        }
    }

    /** Throws the 400 listing every error, in row order, when there is one. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            List<FieldError> sorted = new ArrayList<>(errors);
            sorted.sort(java.util.Comparator.comparing(FieldError::row, java.util.Comparator.nullsFirst(Integer::compare)));
            throw Problems.invalid(List.copyOf(sorted));
        }
    }
}
