package uk.dap.server.infrastructure.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Headers on every answer of the API, errors included (issue 18, item 13). {@code nosniff}: a browser never guesses a
 * type other than the one sent. {@code no-store}: the API answers with personal data about victims, perpetrators and
 * their children, and no browser, proxy or shared computer's cache may keep any of it; the few answers without
 * personal data (the catalogue, the instruments) are small, and one rule for all is one rule nobody forgets.
 */
@Provider
public class SafeHeaders implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Content-Type-Options", "nosniff");
        headers.putSingle("Cache-Control", "no-store");
        headers.putSingle("Referrer-Policy", "no-referrer");
    }
}
