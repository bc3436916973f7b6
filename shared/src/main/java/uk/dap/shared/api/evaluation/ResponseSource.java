package uk.dap.shared.api.evaluation;

/** Answered by the participant on the kiosk, or on paper and typed in by a member of staff. */
public enum ResponseSource { KIOSK, PAPER }
