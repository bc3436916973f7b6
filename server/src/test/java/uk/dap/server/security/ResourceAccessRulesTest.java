package uk.dap.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.dap.server.security.infrastructure.AccessRule;

/**
 * Default deny, checked over the compiled code: every JAX-RS resource method names who may call it, and only
 * sign-in (with setting up a second factor) and kiosk enrolment are open (health and OpenAPI are Payara's, outside the application).
 */
class ResourceAccessRulesTest {
    private static final Set<String> OPEN_ON_PURPOSE = Set.of(
            "AuthResource.signInStaff", "AuthResource.signInKiosk", "KioskResource.enrol",
            // Setting up a second factor starts from the password, like signing in: a role that must have one cannot sign in without it.
            "AuthResource.offerSecondFactor", "AuthResource.confirmSecondFactor");
    private static final List<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class, OPTIONS.class);

    @Test
    void everyResourceMethodHasAnExplicitRuleAndOnlySignInAndEnrolmentAreOpen() throws Exception {
        List<Method> methods = resourceMethods();
        assertThat(methods).as("resource methods found by the scan").hasSizeGreaterThan(10);

        List<String> withoutRule = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Method method : methods) {
            String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
            if (AccessRule.declaredOn(method).isEmpty()) {
                withoutRule.add(name);
            } else if (AccessRule.of(method).open()) {
                open.add(name);
            }
        }
        assertThat(withoutRule).as("resource methods without @RolesAllowed, @PermitAll or @DenyAll").isEmpty();
        assertThat(open).as("open resource methods").containsExactlyInAnyOrderElementsOf(OPEN_ON_PURPOSE);
    }

    @Test
    void aMethodWithoutARuleIsDeniedToEveryRole() throws Exception {
        class Unannotated {
            @GET
            public String leak() {
                return "";
            }

            @GET
            @PermitAll
            public String open() {
                return "";
            }
        }
        AccessRule rule = AccessRule.of(Unannotated.class.getMethod("leak"));
        assertThat(rule.open()).isFalse();
        assertThat(rule.roles()).isEmpty();
        assertThat(AccessRule.of(Unannotated.class.getMethod("open")).open()).isTrue();
    }

    private static List<Method> resourceMethods() throws IOException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get("target", "classes");
        List<Method> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> walk = Files.walk(classes)) {
            for (java.nio.file.Path file : walk.filter(p -> p.toString().endsWith(".class")).toList()) {
                String className = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(className, false, ResourceAccessRulesTest.class.getClassLoader());
                boolean resource = type.isAnnotationPresent(Path.class);
                for (Method method : type.getDeclaredMethods()) {
                    boolean endpoint = HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent)
                            || (resource && method.isAnnotationPresent(Path.class));
                    if (endpoint) {
                        found.add(method);
                    }
                }
            }
        }
        return found;
    }
}
