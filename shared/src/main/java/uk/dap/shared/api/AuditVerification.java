package uk.dap.shared.api;

/**
 * The result of checking the audit chain. When {@code intact} is false, {@code firstBadSeq} is the first entry that
 * does not match and {@code finding} says what was wrong (changed, missing, out of order, or the end cut off).
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBadSeq, String finding) {
}
