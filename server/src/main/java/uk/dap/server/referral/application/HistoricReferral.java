package uk.dap.server.referral.application;

import java.time.LocalDate;
import java.util.List;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.DecisionKind;
import uk.dap.shared.api.referral.NewRisk;

/**
 * A referral as a service's records kept it (docs/import.md): when it was made and by whom, the consents given, the
 * latest risk assessment, and the decision with who made it. Consent, risk and decision are each optional; a decision
 * needs its day, its maker and its reason.
 */
public record HistoricReferral(Long participantId, String programme, AgencyType agencyType, String agency, String contact,
                               LocalDate referredOn, String reason, List<Long> familyChildIds, LocalDate consentOn, String consentBy,
                               LocalDate partnerContactConsentOn, NewRisk risk, DecisionKind decision, LocalDate decidedOn, String decidedBy,
                               String decisionReason, String justification) {
}
