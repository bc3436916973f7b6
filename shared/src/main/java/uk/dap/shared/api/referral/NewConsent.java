package uk.dap.shared.api.referral;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/**
 * A consent record, or (basis SAFEGUARDING) information sharing without consent, which needs the reason and who
 * decided. {@code agencies} names the agencies for information sharing.
 */
public record NewConsent(
        @Required(message = "Choose what was consented to: REFERRAL, INFORMATION_SHARING or PARTNER_CONTACT.") ConsentPurpose purpose,
        ConsentBasis basis,
        @AtMost(max = 300, message = "Keep the list of agencies to 300 characters.") String agencies,
        @AtMost(max = 100, message = "Keep the name of who obtained it to 100 characters.") String obtainedBy,
        LocalDate obtainedOn,
        @AtMost(max = 500, message = "Keep the reason to 500 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String reason,
        @AtMost(max = 100, message = "Keep the name of who decided to 100 characters.") String decidedBy) {
}
