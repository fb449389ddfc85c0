package vn.eduvn.admissions.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** An application as placement reads it: who (by receipt), whether verified, scores, priority group and choices. */
public record Candidate(
        long applicationId,
        String receiptNumber,
        boolean verified,
        Map<String, BigDecimal> scores,
        String priorityGroup,
        List<Long> choices,
        boolean directAdmission) {}
