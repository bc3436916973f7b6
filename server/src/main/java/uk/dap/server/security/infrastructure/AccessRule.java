package uk.dap.server.security.infrastructure;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.dap.shared.security.Role;

/**
 * Who may call one resource method, read from its {@code @PermitAll}, {@code @RolesAllowed} or {@code @DenyAll}
 * (the method's own, else its class's). A method with none is denied to everyone: default deny.
 */
public record AccessRule(boolean open, Set<Role> roles) {
    public static final AccessRule DENY_ALL = new AccessRule(false, Set.of());

    public static Optional<AccessRule> declaredOn(Method method) {
        Optional<AccessRule> own = from(method.getAnnotation(PermitAll.class), method.getAnnotation(RolesAllowed.class),
                method.getAnnotation(DenyAll.class));
        if (own.isPresent()) {
            return own;
        }
        Class<?> type = method.getDeclaringClass();
        return from(type.getAnnotation(PermitAll.class), type.getAnnotation(RolesAllowed.class), type.getAnnotation(DenyAll.class));
    }

    public static AccessRule of(Method method) {
        return declaredOn(method).orElse(DENY_ALL);
    }

    private static Optional<AccessRule> from(PermitAll permitAll, RolesAllowed rolesAllowed, DenyAll denyAll) {
        if (denyAll != null) {
            return Optional.of(DENY_ALL);
        }
        if (rolesAllowed != null) {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (String name : rolesAllowed.value()) {
                roles.add(Role.valueOf(name));
            }
            return Optional.of(new AccessRule(false, roles));
        }
        if (permitAll != null) {
            return Optional.of(new AccessRule(true, Set.of()));
        }
        return Optional.empty();
    }

    public boolean allows(Role role) {
        return open || roles.contains(role);
    }
}
