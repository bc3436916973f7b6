package uk.dap.shared.api.onetoone;

import uk.dap.shared.validation.RequiredText;

/** A new or renamed attachment strategy; {@code active} false retires it (absent means true). */
public record AttachmentStrategyChange(
        @RequiredText(max = 100, message = "Give the strategy's label (up to 100 characters).") String label,
        Boolean active) {
}
