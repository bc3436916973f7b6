package uk.dap.shared.api.onetoone;

/** One attachment strategy of the configurable list; a retired one ({@code active} false) is kept for old records. */
public record AttachmentStrategyView(Long id, String label, boolean active) {
}
