package uk.dap.server.infrastructure.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Valid;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * StrictValues reads booleans and whole numbers strictly, but JSON-B hands a primitive {@code boolean}, {@code int} or
 * {@code long} to its own lenient reader ("yes" becomes false). So no request body, nor any record inside one, may
 * have such a component: a wrapper type ({@code Boolean}, {@code Integer}, {@code Long}) keeps it under the strict rule.
 */
class StrictBodiesTest {
    @Test
    void noRequestBodyHasAPrimitiveThatWouldBeReadLeniently() {
        List<String> lenient = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.dap.server")) {
            if (!resource.getSimpleName().endsWith("Resource")) {
                continue;
            }
            for (Method method : resource.reflect().getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (parameter.isAnnotationPresent(Valid.class)) {
                        check(parameter.getType(), parameter.getParameterizedType(), seen, lenient);
                    }
                }
            }
        }
        assertThat(seen).as("request bodies found").hasSizeGreaterThan(30).contains(uk.dap.shared.api.casework.NewCaseNote.class);
        assertThat(lenient).as("components JSON-B would read leniently").isEmpty();
    }

    private static void check(Class<?> type, Type generic, Set<Class<?>> seen, List<String> lenient) {
        if (generic instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                if (argument instanceof Class<?> c) {
                    check(c, c, seen, lenient);
                }
            }
        }
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> c = component.getType();
            if (c == boolean.class || c == int.class || c == long.class || c == double.class) {
                lenient.add(type.getSimpleName() + "." + component.getName());
            }
            check(c, component.getGenericType(), seen, lenient);
        }
    }
}
