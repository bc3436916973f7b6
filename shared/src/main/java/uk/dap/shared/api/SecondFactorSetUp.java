package uk.dap.shared.api;

import java.util.List;

/**
 * A second factor now set up: the ten one-use recovery codes, shown this once (each signs in once in place of a code
 * from the app, for a lost phone), and the sign-in it completed.
 */
public record SecondFactorSetUp(List<String> recoveryCodes, SignedIn signedIn) {
    @Override
    public String toString() {
        return "SecondFactorSetUp[recoveryCodes=(hidden), signedIn=" + signedIn + "]";
    }
}
