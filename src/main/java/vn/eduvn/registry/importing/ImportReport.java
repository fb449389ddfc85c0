package vn.eduvn.registry.importing;

import java.util.List;

/**
 * What an import did: rows created, rows updated (matched by personal identifier), rows rejected, and each
 * problem with its row as Excel numbers it, its column header and a message in the user's language.
 */
public record ImportReport(int imported, int updated, int rejected, List<RowError> errors, List<String> createdClasses,
        boolean applied) {

    public record RowError(int row, String column, String message) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
