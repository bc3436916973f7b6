package uk.dap.shared.api.referral;

import java.time.LocalDate;

/** A consent record with its history: a withdrawal is added to the record, never written over it. */
public record ConsentView(Long id, ConsentPurpose purpose, ConsentBasis basis, String agencies, String obtainedBy,
                          LocalDate obtainedOn, String reason, String decidedBy, String recordedBy,
                          LocalDate withdrawnOn, String withdrawalNote, boolean active) {
}
