package uk.dap.server.infrastructure.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import uk.dap.shared.text.SafeText;

/**
 * The JSON-B every request and answer goes through. Booleans, whole numbers and dates are read strictly
 * ({@link StrictValues}), and text under {@link SafeText}.
 * A field the endpoint does not take is refused (400 naming it, see {@link Problems#unreadableBody}) rather than dropped: a client that sends {@code withdrawnOn} to an endpoint that
 * ignores it believes the date was kept, and a figure built on it is wrong without anyone knowing.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {
    /** Yasson's switch (org.eclipse.yasson.YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES), named here to keep Yasson off the compile path. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
            .withDeserializers(new StrictValues.StrictBoolean(), new StrictValues.StrictLong(), new StrictValues.StrictInteger(),
                    new SafeText.SingleLine(), new StrictValues.StrictLocalDate()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
