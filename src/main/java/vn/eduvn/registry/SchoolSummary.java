package vn.eduvn.registry;

/** A school as the API lists it: its profile id, code, name, level and org unit. */
public record SchoolSummary(Long id, String code, String name, SchoolLevel level, long unitId) {}
