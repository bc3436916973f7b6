package uk.dap.server.infrastructure.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API under {@code /api}; bearer tokens are MicroProfile JWTs verified by Payara. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "dap")
@OpenAPIDefinition(info = @Info(title = "Domestic abuse programmes service", version = "0.1",
        description = "Referral to completion for UK domestic-abuse intervention programmes. "
                + "Errors are application/problem+json with a stable type; see docs/api.md."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class RestApplication extends Application {
}
