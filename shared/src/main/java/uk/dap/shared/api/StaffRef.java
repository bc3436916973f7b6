package uk.dap.shared.api;

/** A member of staff as other staff see them: enough to choose a facilitator or a key worker. */
public record StaffRef(Long id, String displayName) {
}
