package vn.eduvn.platform;

/**
 * Just enough of a unit to check scope and to file an audit record under it.
 */
public record UnitRef(long id, String path) {}
