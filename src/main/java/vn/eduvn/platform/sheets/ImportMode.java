package vn.eduvn.platform.sheets;

/** Whether one bad row stops the whole import (the default) or only itself. */
public enum ImportMode {
    ALL_OR_NOTHING,
    VALID_ROWS;

    public static ImportMode of(String value) {
        return "valid-rows".equalsIgnoreCase(value) ? VALID_ROWS : ALL_OR_NOTHING;
    }
}
