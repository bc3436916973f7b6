package uk.dap.shared.api.participant;

import uk.dap.shared.validation.Required;

/** Makes a key worker responsible for a participant. */
public record KeyWorkerAssignment(@Required(message = "Give the key worker's account id.") Long accountId) {
}
