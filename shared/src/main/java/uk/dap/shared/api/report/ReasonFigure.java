package uk.dap.shared.api.report;

/** A count for one withdrawal reason (a {@code WithdrawalReason} name) and its label for people. */
public record ReasonFigure(String reason, String label, Figure count) {
}
