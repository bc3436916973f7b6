package uk.dap.server.security.infrastructure;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/** Puts an {@link AccessControlFilter} with the method's own {@link AccessRule} in front of every resource method. */
@Provider
public class AccessControlFeature implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        context.register(new AccessControlFilter(AccessRule.of(resourceInfo.getResourceMethod()),
                resourceInfo.getResourceClass().getSimpleName() + "." + resourceInfo.getResourceMethod().getName()));
    }
}
