package vn.eduvn.identity.audit;

import java.time.Instant;
import java.util.List;

/** One audited change of one record: who, when, at which unit, and each field's value before and after. */
public record DataChange(
        long revision,
        Instant changedAt,
        String actor,
        Long unitId,
        String unitName,
        String entity,
        Object entityId,
        String kind,
        List<FieldChange> fields) {

    /** A field whose value differs between the previous revision and this one. */
    public record FieldChange(String name, Object before, Object after) {}
}
