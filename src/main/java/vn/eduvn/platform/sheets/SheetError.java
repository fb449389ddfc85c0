package vn.eduvn.platform.sheets;

/** A problem of an uploaded sheet: its row as Excel numbers it (0 for the whole file), its column, a message. */
public record SheetError(int row, String column, String message) {}
