package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.shared.security.Role;

/**
 * Which roles must sign in with a second factor: {@code dap.signin.secondFactorRoles}, a comma-separated list of roles,
 * or {@code NONE}. By default administrators and programme leads, who between them can see and change the most; in
 * demo mode nobody (the demo's sign-ins are printed for anyone trying the service out). Anyone else may set one up and
 * then always signs in with it.
 */
@ApplicationScoped
public class SecondFactorPolicy {
    private final Set<Role> required;

    @Inject
    public SecondFactorPolicy(@ConfigProperty(name = "dap.signin.secondFactorRoles") Optional<String> roles,
                              @ConfigProperty(name = "dap.demo", defaultValue = "false") boolean demo) {
        this.required = roles.map(SecondFactorPolicy::parse)
                .orElseGet(() -> demo ? EnumSet.noneOf(Role.class) : EnumSet.of(Role.ADMIN, Role.PROGRAMME_LEAD));
    }

    protected SecondFactorPolicy() {
        this.required = EnumSet.noneOf(Role.class);
    }

    public boolean requiredFor(Role role) {
        return required.contains(role);
    }

    private static Set<Role> parse(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.strip().equalsIgnoreCase("NONE")).map(String::strip).filter(r -> !r.isEmpty()).map(Role::valueOf).forEach(parsed::add);
        return parsed;
    }
}
