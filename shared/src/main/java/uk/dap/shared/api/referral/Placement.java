package uk.dap.shared.api.referral;

import uk.dap.shared.validation.Required;

/** Places an eligible person in a cohort: enrolled if there is room, otherwise on its waiting list. */
public record Placement(@Required(message = "Give the cohort's id.") Long cohortId) {
}
