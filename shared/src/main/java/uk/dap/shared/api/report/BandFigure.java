package uk.dap.shared.api.report;

/** How many started participants have an attendance rate in one band, e.g. "75-89%". */
public record BandFigure(String band, Figure people) {
}
