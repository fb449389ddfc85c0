package vn.eduvn.platform;

import java.util.Optional;

/**
 * What a record's id means to a person: the module that owns the record answers its name for a field that holds
 * the id ({@code studentId} answers the pupil's name). The audit trail asks every module this way, so it shows
 * "Lê Thị Lan" where the change stored 1000000069, without reading any other module's tables.
 */
public interface RecordNames {

    /** The name of the record a field of this name points to, when this module owns such records and knows it. */
    Optional<String> nameOf(String field, Object id);
}
