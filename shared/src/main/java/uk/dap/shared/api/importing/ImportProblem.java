package uk.dap.shared.api.importing;

/**
 * One thing wrong in an uploaded file: the spreadsheet's row number (the heading is row 1), the column's heading
 * (null for the row as a whole), the value as it was given, and a sentence saying what to do.
 */
public record ImportProblem(long row, String column, String value, String message) {
}
