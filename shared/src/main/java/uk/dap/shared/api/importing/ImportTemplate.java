package uk.dap.shared.api.importing;

import java.util.List;

/** The columns one kind of record is imported and exported with (docs/import.md). */
public record ImportTemplate(String kind, String title, String description, List<ImportColumn> columns) {
}
