package io.jenkins.plugins.dwp.jenkins;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The properties a form or configuration as code can set on a class, as Stapler and the
 * configuration-as-code plugin find them: the parameters of its {@link DataBoundConstructor}, by
 * name, then its {@link DataBoundSetter}s, each with the type it takes.
 */
final class DataBoundProperties {

    private DataBoundProperties() {
    }

    static Map<String, Class<?>> of(Class<?> type) {
        Map<String, Class<?>> properties = new LinkedHashMap<>();
        Constructor<?> constructor = null;
        for (Constructor<?> candidate : type.getConstructors()) {
            if (candidate.isAnnotationPresent(DataBoundConstructor.class)) {
                if (constructor != null) {
                    throw new AssertionError(type + " has more than one @DataBoundConstructor");
                }
                constructor = candidate;
            }
        }
        if (constructor == null) {
            throw new AssertionError(type + " has no public @DataBoundConstructor");
        }
        for (Parameter parameter : constructor.getParameters()) {
            if (!parameter.isNamePresent()) {
                throw new AssertionError("parameter names are not in the class files: compile with -parameters");
            }
            properties.put(parameter.getName(), parameter.getType());
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (method.isAnnotationPresent(DataBoundSetter.class)) {
                    if (!Modifier.isPublic(method.getModifiers()) || method.getParameterCount() != 1
                            || !method.getName().startsWith("set") || method.getName().length() == 3) {
                        throw new AssertionError("not a setter Stapler can use: " + method);
                    }
                    String name = method.getName().substring(3);
                    properties.putIfAbsent(name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1),
                            method.getParameterTypes()[0]);
                }
            }
        }
        return properties;
    }
}
