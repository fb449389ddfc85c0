package vn.eduvn.platform.sheets;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** The problems an import found, each with its row as Excel numbers it, its column and a message in the user's language. */
public final class RowProblems {

    private final MessageSource messages;

    private final List<SheetError> errors = new ArrayList<>();

    public RowProblems(MessageSource messages) {
        this.messages = messages;
    }

    public void add(int row, String column, String key, Object... args) {
        errors.add(new SheetError(row, column, messages.getMessage(key, args, key, LocaleContextHolder.getLocale())));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    /** The rows with at least one problem. */
    public Set<Integer> rows() {
        Set<Integer> rows = new LinkedHashSet<>();
        errors.forEach(e -> rows.add(e.row()));
        return rows;
    }

    public List<SheetError> list() {
        return List.copyOf(errors);
    }
}
