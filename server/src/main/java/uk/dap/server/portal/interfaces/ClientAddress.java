package uk.dap.server.portal.interfaces;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The network address a self-referral is counted against ({@link SelfReferralLimits}). Behind the TLS proxy that
 * production runs (docs/operations.md), the connection comes from the proxy, so with {@code dap.portal.behindProxy=true}
 * the address is the last one the proxy added to {@code X-Forwarded-For} (earlier entries are the client's own word).
 * An IPv6 address counts by its /64 network, which one household or phone holds whole.
 */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        boolean behindProxy = ConfigProvider.getConfig().getOptionalValue("dap.portal.behindProxy", Boolean.class).orElse(false);
        String forwarded = request.getHeader("X-Forwarded-For");
        if (behindProxy && forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            address = hops[hops.length - 1].strip();
        }
        return network(address);
    }

    /** An IPv4 address as it is; an IPv6 address as its first four groups (its /64 network). */
    static String network(String address) {
        if (!address.contains(":")) {
            return address;
        }
        String[] groups = address.replaceAll("^\\[|]$", "").split(":", -1);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < Math.min(4, groups.length); i++) {
            prefix.append(groups[i]).append(':');
        }
        return prefix + ":/64";
    }
}
