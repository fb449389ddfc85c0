package vn.eduvn.platform;

/** One thing wrong with one field of what a user sent: the field, a message key and its arguments. */
public record FieldProblem(String field, String key, Object... args) {}
