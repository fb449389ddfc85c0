package vn.eduvn.org;

/** One official administrative unit (a province or a commune) of the 2025 list. */
public record AdminArea(String code, String level, String name, String fullName, String provinceCode) {}
