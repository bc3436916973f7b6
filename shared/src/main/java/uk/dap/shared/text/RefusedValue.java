package uk.dap.shared.text;

import jakarta.json.bind.JsonbException;

/**
 * A value in a request body refused as it was read (text under {@link SafeText}, the server's strict booleans, numbers
 * and dates): its message is the sentence the 400 gives beside the field's name.
 */
public class RefusedValue extends JsonbException {
    public RefusedValue(String sentence) {
        super(sentence);
    }
}
