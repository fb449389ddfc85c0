package vn.eduvn.registry.importing;

import java.util.List;
import vn.eduvn.platform.sheets.SheetError;

/**
 * What an import did: rows created, rows updated (matched by personal identifier), rows rejected, and each
 * problem with its row as Excel numbers it, its column header and a message in the user's language.
 */
public record ImportReport(
        int imported,
        int updated,
        int rejected,
        List<SheetError> errors,
        List<String> createdClasses,
        boolean applied) {

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
