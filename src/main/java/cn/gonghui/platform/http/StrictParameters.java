package cn.gonghui.platform.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts path, query and header parameters of the common types, and names the parameter when
 * its text does not convert. JAX-RS would otherwise answer "404" for {@code ?limit=ten} or
 * {@code /stations/abc}, as if the address did not exist, and never say which value was wrong.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    /** A parameter whose text is not of its type; mapped to a 400 naming it. */
    public static final class InvalidParameter extends BadRequestException {

        private final String name;
        private final String location;

        InvalidParameter(String name, String location) {
            super("Invalid " + location + " parameter " + name);
            this.name = name;
            this.location = location;
        }

        public String name() {
            return name;
        }

        /** {@code path}, {@code query} or {@code header}. */
        public String location() {
            return location;
        }
    }

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            UUID.class, StrictParameters::uuid,
            Integer.class, Integer::valueOf,
            Long.class, Long::valueOf,
            Double.class, StrictParameters::finiteDouble,
            Boolean.class, StrictParameters::strictBoolean,
            LocalDate.class, LocalDate::parse);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = PARSERS.get(rawType);
        if (parser == null) {
            return null;
        }
        String[] nameAndLocation = nameAndLocation(annotations);
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) parser.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameter(nameAndLocation[0], nameAndLocation[1]);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String[] nameAndLocation(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return new String[] {path.value(), "path"};
            }
            if (annotation instanceof QueryParam query) {
                return new String[] {query.value(), "query"};
            }
            if (annotation instanceof HeaderParam header) {
                return new String[] {header.value(), "header"};
            }
        }
        return new String[] {"", "query"};
    }

    private static UUID uuid(String text) {
        if (text.length() != 36) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(text);
    }

    private static Double finiteDouble(String text) {
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("not a finite number");
        }
        return value;
    }

    private static Boolean strictBoolean(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }
}
