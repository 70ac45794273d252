package net.wastenet.app.contract;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Response schemas generated from the records the resources answer with, the way JSON-B writes them:
 * a record's components are its properties; a primitive is always there (required); any other
 * property is left out when it has no value, unless the record is {@code @JsonbNillable}, where it is
 * written as {@code null} (stated {@code nullable}; not {@code required}, because the platform drops a
 * {@code null} from the examples, which would then fail their own schema). Enums list their constants; {@code Page<T>} becomes
 * {@code PageOfT}. Each record is one schema in {@code components/schemas}, referred to by name.
 */
final class RecordSchemas {
    private static final String REF = "#/components/schemas/";
    private final Components components;

    RecordSchemas(Components components) {
        this.components = components;
    }

    /** The schema of a value of this Java type: a reference for records, inline otherwise. */
    Schema of(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = p.getActualTypeArguments();
            if (Optional.class.equals(raw)) {
                return of(args[0]);
            }
            if (Collection.class.isAssignableFrom(raw)) {
                Schema array = OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(args[0]));
                return Set.class.isAssignableFrom(raw) ? array.uniqueItems(true) : array;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(of(args[1]));
            }
            if (raw.isRecord()) {
                return generic(raw, args);
            }
            return of(raw);
        }
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0]);
        }
        if (type instanceof GenericArrayType g) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(g.getGenericComponentType()));
        }
        if (!(type instanceof Class<?> c)) {
            return OASFactory.createSchema();
        }
        if (c.isArray()) {
            return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(of(c.getComponentType()));
        }
        Schema scalar = scalar(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isEnum()) {
            List<Object> names = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).enumeration(names);
        }
        if (c.isRecord()) {
            return reference(c, name(c), new Type[0]);
        }
        if (jakarta.json.JsonObject.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        }
        return OASFactory.createSchema().description("any JSON value");
    }

    private Schema generic(Class<?> raw, Type[] args) {
        StringBuilder name = new StringBuilder(name(raw)).append("Of");
        for (Type a : args) {
            Schema arg = of(a);
            name.append(arg.getRef() != null ? arg.getRef().substring(REF.length())
                    : a instanceof Class<?> c ? c.getSimpleName() : "Object");
        }
        return reference(raw, name.toString(), args);
    }

    private Schema reference(Class<?> record, String wanted, Type[] args) {
        String name = wanted;
        if (takenByAnother(name, record) && record.getEnclosingClass() != null) {
            name = record.getEnclosingClass().getSimpleName() + name;
        }
        if (components.getSchemas() == null || !components.getSchemas().containsKey(name) || !generated(name)) {
            Schema object = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
            object.addExtension("x-java-record", record.getName());
            components.addSchema(name, object); // before the properties: a record may hold itself
            var variables = record.getTypeParameters();
            boolean nillable = record.isAnnotationPresent(JsonbNillable.class);
            for (RecordComponent rc : record.getRecordComponents()) {
                if (rc.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
                    continue;
                }
                Type t = rc.getGenericType();
                for (int i = 0; i < variables.length && i < args.length; i++) {
                    if (variables[i].equals(t)) {
                        t = args[i];
                    }
                }
                if (t instanceof ParameterizedType p && !Arrays.asList(variables).isEmpty()) {
                    t = substitute(p, variables, args);
                }
                Schema property = of(t);
                boolean primitive = rc.getType().isPrimitive();
                if (primitive) {
                    object.addRequired(rc.getName());
                }
                if (nillable && !primitive) {
                    property = nullable(property);
                }
                object.addProperty(rc.getName(), property);
            }
        }
        return OASFactory.createSchema().ref(REF + name);
    }

    private boolean takenByAnother(String name, Class<?> record) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(name) || !generated(name)) {
            return false;
        }
        return !record.getName().equals(components.getSchemas().get(name).getExtensions().get("x-java-record"));
    }

    private boolean generated(String name) {
        Schema s = components.getSchemas().get(name);
        return s.getExtensions() != null && s.getExtensions().containsKey("x-java-record");
    }

    private static Type substitute(ParameterizedType p, java.lang.reflect.TypeVariable<?>[] variables, Type[] args) {
        Type[] actual = p.getActualTypeArguments().clone();
        for (int j = 0; j < actual.length; j++) {
            for (int i = 0; i < variables.length && i < args.length; i++) {
                if (variables[i].equals(actual[j])) {
                    actual[j] = args[i];
                }
            }
        }
        return new ParameterizedType() {
            public Type[] getActualTypeArguments() {
                return actual;
            }

            public Type getRawType() {
                return p.getRawType();
            }

            public Type getOwnerType() {
                return p.getOwnerType();
            }
        };
    }

    /**
     * A property that may be null. A reference cannot carry siblings in OpenAPI 3.0, and wrapping it
     * ({@code nullable} beside {@code allOf}) does not admit null to a strict validator (the referenced schema must
     * match too), so the referenced record's own schema is marked {@code nullable}.
     */
    private Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema target = components.getSchemas() == null ? null : components.getSchemas().get(property.getRef().substring(REF.length()));
            if (target != null) {
                target.setNullable(true);
                return property;
            }
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).nullable(true).allOf(List.of(property));
        }
        return property.nullable(true);
    }

    /** The schema name: the simple name, prefixed by its enclosing class's when nested in a non-record. */
    static String name(Class<?> c) {
        return c.getSimpleName();
    }

    private static Schema scalar(Class<?> c) {
        Schema s = OASFactory.createSchema();
        if (c == String.class || c == Character.class || c == char.class) {
            return s.type(Schema.SchemaType.STRING);
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class || c == Byte.class) {
            return s.type(Schema.SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return s.type(Schema.SchemaType.INTEGER).format("int64");
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return s.type(Schema.SchemaType.NUMBER);
        }
        if (c == boolean.class || c == Boolean.class) {
            return s.type(Schema.SchemaType.BOOLEAN);
        }
        if (c == LocalDate.class) {
            return s.type(Schema.SchemaType.STRING).format("date");
        }
        if (c == OffsetDateTime.class || c == ZonedDateTime.class || c == Instant.class) {
            return s.type(Schema.SchemaType.STRING).format("date-time");
        }
        if (c == LocalDateTime.class) {
            return s.type(Schema.SchemaType.STRING).description("a city time (UTC+8) without offset, e.g. 2026-12-03T01:17:20.809")
                    .pattern("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
        }
        if (c == LocalTime.class) {
            return s.type(Schema.SchemaType.STRING).pattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
        }
        if (c == YearMonth.class) {
            return s.type(Schema.SchemaType.STRING).pattern("^\\d{4}-\\d{2}$");
        }
        return null;
    }
}
