package uk.dap.shared.api.participant;

/**
 * Contact details as an entitled worker sees them. Absent from every answer to a caller who may not see them; when
 * {@code confidential} is true only the key worker and the programme lead ever receive this.
 */
public record ContactView(String address, String postcode, String phone, String email, boolean confidential,
                          String confidentialReason) {
}
