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
 * Which roles must sign in with a second factor: {@code dap.signin.secondFactorRoles}, a comma-separated list of roles
 * (for example {@code ADMIN,PROGRAMME_LEAD}). Anyone else may set one up and then always signs in with it.
 * For now the default is none: the staff client cannot yet take a code or set a factor up (docs/security.md), and
 * requiring one before it can would lock those roles out of it.
 */
@ApplicationScoped
public class SecondFactorPolicy {
    private final Set<Role> required;

    @Inject
    public SecondFactorPolicy(@ConfigProperty(name = "dap.signin.secondFactorRoles") Optional<String> roles) {
        this.required = roles.map(SecondFactorPolicy::parse).orElse(EnumSet.noneOf(Role.class));
    }

    protected SecondFactorPolicy() {
        this.required = EnumSet.noneOf(Role.class);
    }

    public boolean requiredFor(Role role) {
        return required.contains(role);
    }

    private static Set<Role> parse(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).map(String::strip).filter(r -> !r.isEmpty()).map(Role::valueOf).forEach(parsed::add);
        return parsed;
    }
}
