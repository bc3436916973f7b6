package uk.dap.shared.api.participant;

/** Where a pair of possibly duplicate records stands: open until a lead who may see both decides. */
public enum DuplicateStatus {
    OPEN,
    SAME_PERSON,
    DIFFERENT_PEOPLE
}
