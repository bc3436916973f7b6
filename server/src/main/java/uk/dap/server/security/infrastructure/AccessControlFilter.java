package uk.dap.server.security.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Optional;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.infrastructure.rest.Problems;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CredentialCheck;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.shared.api.ProblemType;

/**
 * The one gate every REST call passes. Open methods pass. Otherwise: no valid token, or a token whose account was
 * disabled or whose kiosk was revoked, is 401; a role the method does not name is 403 and is audited.
 */
// Before Payara's own @RolesAllowed check, so that refusals are audited and revoked credentials are caught here.
@Priority(Priorities.AUTHORIZATION - 10)
public class AccessControlFilter implements ContainerRequestFilter {
    /**
     * The beans this filter uses, looked up once: CDI.current() walks the stack to find its container, which is too
     * slow to repeat on every request. They are client proxies, so the request-scoped one still follows the request.
     */
    private static final class Beans {
        static final Lazy<CurrentCaller> CURRENT_CALLER = new Lazy<>(CurrentCaller.class);
        static final Lazy<CredentialCheck> CREDENTIAL_CHECK = new Lazy<>(CredentialCheck.class);
        static final Lazy<AuditTrail> AUDIT = new Lazy<>(AuditTrail.class);
    }

    private static final class Lazy<T> {
        private final Class<T> type;
        private volatile T bean;

        Lazy(Class<T> type) {
            this.type = type;
        }

        T get() {
            T found = bean;
            if (found == null) {
                found = CDI.current().select(type).get();
                bean = found;
            }
            return found;
        }
    }

    private final AccessRule rule;
    private final String operation;

    AccessControlFilter(AccessRule rule, String operation) {
        this.rule = rule;
        this.operation = operation;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (rule.open()) {
            return;
        }
        CurrentCaller current = Beans.CURRENT_CALLER.get();
        Optional<Caller> caller = current.get();
        if (caller.isEmpty() || !Beans.CREDENTIAL_CHECK.get().stillValid(caller.get(), current.tokenGeneration())) {
            request.abortWith(Problems.response(Problems.forStatus(401)));
            return;
        }
        if (!rule.allows(caller.get().role())) {
            Beans.AUDIT.get().recordAlone("CALL", null, null, AuditOutcome.DENIED,
                    operation + ": " + request.getMethod() + " /" + request.getUriInfo().getPath());
            request.abortWith(Problems.response(ProblemType.FORBIDDEN,
                    "Your role (" + caller.get().role().label() + ") does not allow this. Ask a colleague whose role does."));
        }
    }
}
