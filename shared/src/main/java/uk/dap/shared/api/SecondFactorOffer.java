package uk.dap.shared.api;

/**
 * A second factor offered for setting up: the secret to type into an authenticator app (base32, shown in groups of
 * four), and the same as an {@code otpauth://} address for apps that read one. It takes effect once confirmed with a
 * code the app makes from it.
 */
public record SecondFactorOffer(String secret, String otpauthUri) {
    @Override
    public String toString() {
        return "SecondFactorOffer[(hidden)]";
    }
}
