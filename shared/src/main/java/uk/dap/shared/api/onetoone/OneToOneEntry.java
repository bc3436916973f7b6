package uk.dap.shared.api.onetoone;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One New Beginnings one-to-one record. Which fields are present depends on the kind: {@code codedBy} and
 * {@code strategy} for an attachment interview, {@code result} and {@code onwardReferral} for QbCheck; {@code text}
 * is the event, summary, progress update or note; {@code venueId}, {@code startTime} and {@code durationMinutes} say
 * where and when a group meeting outside the cohort meets (SMART Recovery, support group, Life Laundry).
 */
public record OneToOneEntry(
        Long id,
        RecordKind kind,
        LocalDate date,
        String text,
        String codedBy,
        Long strategyId,
        String strategy,
        QbCheckResult result,
        String onwardReferral,
        String recordedBy,
        Instant recordedAt,
        Long venueId,
        LocalTime startTime,
        Integer durationMinutes) {
}
