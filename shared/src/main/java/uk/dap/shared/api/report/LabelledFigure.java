package uk.dap.shared.api.report;

/** A programme-specific count with a stable key for exports and a label for people. */
public record LabelledFigure(String key, String label, Figure count) {
}
