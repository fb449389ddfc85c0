package vn.eduvn.org.unit;

enum UnitStatus {
    OPEN,
    CLOSED
}
