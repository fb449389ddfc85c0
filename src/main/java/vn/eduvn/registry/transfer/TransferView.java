package vn.eduvn.registry.transfer;

import java.time.Instant;
import java.time.LocalDate;

/** A transfer as both schools' pages and the API show it. */
public record TransferView(
        long id,
        long studentId,
        String personalId,
        String studentName,
        LocalDate birthDate,
        long fromSchoolId,
        String fromSchoolName,
        String fromClassName,
        long toSchoolId,
        String toSchoolName,
        String toClassName,
        String status,
        String reason,
        String requestedBy,
        Instant requestedAt,
        String decidedBy,
        Instant decidedAt,
        String decisionNote) {}
