package net.wastenet.app.contract;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import net.wastenet.app.webhooks.EventType;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.DemoCalendar;
import net.wastenet.shared.Material;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the OpenAPI document a contract a client can be generated from (issue 17), from the code
 * itself rather than from hand-written YAML: every answer's schema is generated from the record the
 * resource method returns ({@link RecordSchemas}; a method answering a {@link Response} names its record
 * with {@code @Schema(implementation = ...)} on its {@code @APIResponse}); every error is the one
 * {@code Problem} schema; the refusals the platform gives every operation (401, 403, 404, 406, 413, 415, 429, and 503 where the read model answers) are
 * stated once in {@code components/responses} and referred to; every operation has an {@code operationId}
 * (its Java method's name); parameters the resources read as text are typed with their limits (page, size,
 * days, district codes, periods, enums), and path parameters carry examples that exist in the demo; every
 * request-body property states the limits the server enforces ({@link #bodyProperty}: the rules a property's
 * name carries, such as codes, client keys and weights; a record states its own where they differ).
 * Registered with {@code mp.openapi.filter} in microprofile-config.properties.
 */
public class ContractFilter implements OASFilter {
    static final String PROBLEM = "application/problem+json";
    private static final String RESPONSES = "#/components/responses/";
    private static final Pattern DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    /** An administrator-chosen code ({@link Codes#isCode}). */
    static final String CODE = "^[A-Za-z0-9-]{1," + Codes.MAX_LENGTH + "}$";
    /** A GB/T 2260 district code ({@link Codes#isDistrictCode}). */
    static final String DISTRICT = "^[0-9]{6}$";
    /** A manifest's number as the server gives it (Manifest): KW-, the pickup's day, -, its id. */
    static final String MANIFEST_NO = "^KW-[0-9]{8}-[0-9]+$";
    private static final String MONTH = "^[0-9]{4}-(0[1-9]|1[0-2])$";
    /** The years a date or time the server reads may fall in ({@link Parse#FIRST_YEAR} to {@link Parse#LAST_YEAR}). */
    static final String YEARS = "^(19|2[0-9])[0-9]{2}-";

    /** Path parameters: examples that exist in the Chengdu demo (ContractIT reads each of them). */
    static final Map<String, String> PATH_EXAMPLES = new LinkedHashMap<>();

    static {
        PATH_EXAMPLES.put("/districts/{code}", "510104");
        PATH_EXAMPLES.put("/communities/{code}", "JJ-C015");
        PATH_EXAMPLES.put("/points/{code}", "JJ-P001");
        PATH_EXAMPLES.put("/facilities/{code}", "QL-KW01");
        PATH_EXAMPLES.put("/haulers/{code}", "H01");
        PATH_EXAMPLES.put("/vehicles/{code}", "川A01JJ0");
        PATH_EXAMPLES.put("/tonnage-logs/{id}", "1337");
        PATH_EXAMPLES.put("/warnings/{id}", "6");
        PATH_EXAMPLES.put("/capacity-alerts/{id}", "1"); // the demo's first: alerts number from their own sequence (V27_2)
        PATH_EXAMPLES.put("/users/{username}", "station-jj01");
        PATH_EXAMPLES.put("/returns/{districtCode}", "510104");
        PATH_EXAMPLES.put("/indicators/components/{component}", "I");
        PATH_EXAMPLES.put("/exports/{table}", "ranking");
        PATH_EXAMPLES.put("/webhooks/{id}", "1"); // none in the demo: POST /webhooks makes one
        // the quality demo (QualityDemo): the rubric, Jinjiang's plan of last month, its first photo, inspection and rectification
        PATH_EXAMPLES.put("/inspection-rubrics/{code}", "CD-2026");
        PATH_EXAMPLES.put("/inspection-plans/{id}", "2");
        PATH_EXAMPLES.put("/photos/{id}", "3");
        PATH_EXAMPLES.put("/inspections/{id}", "4");
        PATH_EXAMPLES.put("/rectifications/{id}", "6");
        // the kitchen-waste demo's first refusal at pickup (KitchenWasteDemo: the 10th of its first month; refusals number from their own sequence)
        PATH_EXAMPLES.put("/kitchen-waste/refusals/{id}", "1");
    }

    /** The demo's first manifest: the kitchen-waste demo's first pickup of its first day (KitchenWasteDemo). */
    private static final String FIRST_DEMO_MANIFEST = "134";

    /**
     * Path parameters whose examples are the demo's dated records, named from the demo's calendar
     * ({@link DemoCalendar}): a manifest's number carries its pickup day, and the demo's history moves
     * with the month, so these examples move too (ContractIT compares them with the calendar, not with the
     * committed document).
     */
    public static Map<String, String> datedPathExamples(LocalDate today) {
        LocalDate first = DemoCalendar.firstDay(today);
        Map<String, String> dated = new LinkedHashMap<>();
        dated.put("/kitchen-waste/manifests/{manifestNo}",
                "KW-" + first.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + FIRST_DEMO_MANIFEST);
        dated.put("/{districtCode}/{period}", DemoCalendar.firstMonth(today).toString());
        return dated;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        Map<String, String> examples = new LinkedHashMap<>(PATH_EXAMPLES);
        examples.putAll(datedPathExamples(CityClock.system().today()));
        Components components = api.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            api.setComponents(components);
        }
        RecordSchemas records = new RecordSchemas(components);
        sharedParts(components);
        Map<String, Integer> methodNames = new HashMap<>();
        List<Object[]> operations = new ArrayList<>();
        if (api.getPaths() == null) {
            return;
        }
        for (var path : api.getPaths().getPathItems().entrySet()) {
            for (var op : path.getValue().getOperations().entrySet()) {
                Method method = javaMethod(op.getValue().getOperationId());
                operations.add(new Object[] {path.getKey(), path.getValue(), op.getKey(), op.getValue(), method});
                if (method != null) {
                    methodNames.merge(method.getName(), 1, Integer::sum);
                }
            }
        }
        for (Object[] o : operations) {
            String path = (String) o[0];
            PathItem.HttpMethod verb = (PathItem.HttpMethod) o[2];
            Operation op = (Operation) o[3];
            Method method = (Method) o[4];
            op.setOperationId(operationId(path, verb, method, methodNames));
            if (op.getParameters() != null) {
                for (Parameter p : op.getParameters()) {
                    parameter(path, p, examples);
                }
            }
            responses(path, op, method, records);
        }
        requestBodies(operations, components);
    }

    private static String operationId(String path, PathItem.HttpMethod verb, Method method, Map<String, Integer> names) {
        if (method != null) {
            if (names.getOrDefault(method.getName(), 0) == 1) {
                return method.getName();
            }
            String resource = method.getDeclaringClass().getSimpleName().replace("Resource", "");
            return method.getName() + resource;
        }
        StringBuilder id = new StringBuilder(verb.name().toLowerCase());
        for (String part : path.replace("/api/v1/", "").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }

    /** The resource method an operation comes from: SmallRye names it package.Class_method (see the config). */
    static Method javaMethod(String operationId) {
        if (operationId == null || operationId.lastIndexOf('_') < 0) {
            return null;
        }
        String className = operationId.substring(0, operationId.lastIndexOf('_'));
        String methodName = operationId.substring(operationId.lastIndexOf('_') + 1);
        try {
            Class<?> type = Class.forName(className, false, ContractFilter.class.getClassLoader());
            for (Method m : type.getMethods()) {
                if (m.getName().equals(methodName) && isResourceMethod(m)) {
                    return m;
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        return null;
    }

    private static boolean isResourceMethod(Method m) {
        for (var a : m.getAnnotations()) {
            if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    // ---- parameters --------------------------------------------------------------------------

    private static void parameter(String path, Parameter p, Map<String, String> examples) {
        String name = p.getName();
        Schema s = p.getSchema() == null ? OASFactory.createSchema().type(Schema.SchemaType.STRING) : p.getSchema();
        p.setSchema(s);
        if (p.getIn() == Parameter.In.PATH) {
            p.setRequired(true);
            if ("id".equals(name)) {
                s.type(Schema.SchemaType.INTEGER).format("int64").minimum(java.math.BigDecimal.ONE);
            }
            for (var e : examples.entrySet()) {
                if (path.contains(e.getKey()) && e.getKey().endsWith("{" + name + "}")) {
                    p.setExample(e.getValue());
                }
            }
        }
        switch (name) {
            case "page" -> s.type(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ZERO).defaultValue(0);
            case "size" -> s.type(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ONE)
                    .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_SIZE)).defaultValue(PageRequest.DEFAULT_SIZE);
            case "chunkSize" -> s.type(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ONE)
                    .maximum(java.math.BigDecimal.valueOf(5000));
            case "after" -> s.type(Schema.SchemaType.INTEGER).format("int64").minimum(java.math.BigDecimal.ONE);
            case "from", "to", "on" -> s.format("date");
            case "districtCode" -> s.pattern(DISTRICT);
            case "pointCode", "haulerCode", "facilityCode", "communityCode", "producerCode" -> code(s);
            case "version" -> s.type(Schema.SchemaType.INTEGER).format("int32").minimum(java.math.BigDecimal.ONE);
            case "code" -> {
                if (path.contains("/districts/")) {
                    s.pattern(DISTRICT);
                } else if (path.contains("/vehicles/")) {
                    s.minLength(1).maxLength(Codes.MAX_LENGTH); // a plate (川A01JJ0): any text of at most 32 characters
                } else {
                    code(s);
                }
            }
            case "manifestNo" -> s.pattern(MANIFEST_NO);
            case "category" -> s.enumeration(names(WasteCategory.values()));
            case "month" -> s.pattern(MONTH);
            case "clientKey" -> s.minLength(1).maxLength(Codes.MAX_CLIENT_KEY);
            case "fileName" -> s.maxLength(255);
            case "username", "user" -> s.maxLength(64);
            case "recordRef" -> s.maxLength(128);
            case "recordType" -> {
                if (path.endsWith("/imports")) {
                    s.enumeration(List.of("receipts", "tonnage-logs", "transfers"));
                } else {
                    s.maxLength(32);
                }
            }
            case "confirmed", "overdue" -> s.type(Schema.SchemaType.BOOLEAN);
            case "format" -> s.enumeration(List.of("csv", "xlsx"));
            case "lang" -> s.enumeration(List.of("zh", "en"));
            case "step" -> s.enumeration(List.of("MONTH")).defaultValue("MONTH");
            case "period" -> s.pattern(path.contains("/charges") || path.endsWith("/compensation") ? MONTH : "^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$");
            case "scope" -> {
                s.pattern("^(CITY|[0-9]{6})$");
                if (path.endsWith("/indicators") || path.endsWith("/trend") || path.contains("/exports/")) {
                    // the server reads a missing scope as CITY: not required, and the default says so
                    p.setRequired(null);
                    s.defaultValue("CITY");
                }
            }
            case "kind" -> {
                if (path.endsWith("/facilities")) {
                    List<Object> kinds = new ArrayList<>();
                    for (FacilityKind k : FacilityKind.values()) {
                        kinds.add(k.name());
                    }
                    s.enumeration(kinds);
                } else if (path.endsWith("/warnings")) {
                    s.enumeration(List.of("POINT_DAY_UNUSUAL", "FACILITY_OVER_CAPACITY", "MANIFEST_DISCREPANCY", "RECTIFICATION_OVERDUE"));
                }
            }
            case "status" -> {
                if (path.endsWith("/manifests")) {
                    s.enumeration(List.of("PICKED_UP", "DELIVERED"));
                } else if (path.endsWith("/rectifications")) {
                    s.enumeration(List.of("OPEN", "COMPLETED", "CLOSED"));
                } else if (path.endsWith("/refusals")) {
                    s.enumeration(List.of("OPEN", "CLOSED"));
                }
            }
            default -> {
            }
        }
        if ("id".equals(name) || "after".equals(name)) {
            s.type(Schema.SchemaType.INTEGER);
        }
        years(s);
        p.setExample(exampleOf(s, p.getExample()));
        if (p.getExample() == null && s.getDefaultValue() == null && p.getIn() == Parameter.In.QUERY
                && s.getFormat() != null && s.getFormat().equals("date")) {
            p.setExample("2026-10-01");
        }
    }

    private static Schema code(Schema s) {
        return s.pattern(CODE).maxLength(Codes.MAX_LENGTH);
    }

    private static List<Object> names(Enum<?>[] constants) {
        List<Object> names = new ArrayList<>();
        for (Enum<?> c : constants) {
            names.add(c.name());
        }
        return names;
    }

    // ---- request bodies ----------------------------------------------------------------------

    /** Every schema a request body refers to, and those they refer to, each property typed with its limits. */
    private static void requestBodies(List<Object[]> operations, Components components) {
        Set<String> names = new LinkedHashSet<>();
        for (Object[] o : operations) {
            Operation op = (Operation) o[3];
            if (op.getRequestBody() != null && op.getRequestBody().getContent() != null
                    && op.getRequestBody().getContent().getMediaTypes() != null) {
                for (MediaType m : op.getRequestBody().getContent().getMediaTypes().values()) {
                    referred(m.getSchema(), components, names);
                }
            }
        }
        for (String name : names) {
            Schema record = components.getSchemas().get(name);
            if (record.getProperties() != null) {
                record.getProperties().forEach((property, schema) -> {
                    bodyProperty(property, schema);
                    years(schema.getType() == Schema.SchemaType.ARRAY && schema.getItems() != null ? schema.getItems() : schema);
                });
            }
        }
    }

    private static void referred(Schema s, Components components, Set<String> names) {
        if (s == null) {
            return;
        }
        if (s.getRef() != null) {
            String name = s.getRef().substring(s.getRef().lastIndexOf('/') + 1);
            if (components.getSchemas() != null && components.getSchemas().containsKey(name) && names.add(name)) {
                referred(components.getSchemas().get(name), components, names);
            }
            return;
        }
        referred(s.getItems(), components, names);
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> referred(p, components, names));
        }
    }

    /**
     * A body property's limits, from what its name means where the server checks it the same way everywhere: codes
     * ({@link Codes}), district codes, client keys, weights ({@link Weight}), categories, materials, coordinates, free
     * texts (names 128 characters, reasons and notes 500), manifest numbers, photo ids, webhook events. A property
     * whose record states a limit of its own (an {@code @Schema} on the component) keeps it; the items of a list
     * take the list's rule.
     */
    static void bodyProperty(String name, Schema property) {
        if (property.getRef() != null) {
            return;
        }
        Schema s = property.getType() == Schema.SchemaType.ARRAY && property.getItems() != null ? property.getItems() : property;
        if (s.getRef() != null || constrained(s)) {
            return;
        }
        boolean text = s.getType() == null || s.getType() == Schema.SchemaType.STRING;
        boolean number = s.getType() == Schema.SchemaType.NUMBER || s.getType() == Schema.SchemaType.INTEGER;
        if (text) {
            switch (name) {
                case "districtCode", "sourceDistrictCode", "districtCodes", "districts" -> s.pattern(DISTRICT);
                case "vehicleCode" -> s.minLength(1).maxLength(Codes.MAX_LENGTH);
                case "servedCommunities", "servedCommunityCodes", "vetoes", "points", "haulers", "facilities" -> code(s);
                case "clientKey" -> s.minLength(1).maxLength(Codes.MAX_CLIENT_KEY);
                case "category", "acceptedCategories" -> s.enumeration(names(WasteCategory.values()));
                case "material", "acceptedMaterials" -> s.enumeration(names(Material.values()));
                case "manifestNos" -> s.pattern(MANIFEST_NO);
                case "events" -> s.enumeration(new ArrayList<>(EventType.names()));
                case "facilityKind" -> {
                    // the kinds of plant a compensation rate is for: those whose intake counts as collected (treated or disposed of)
                    List<Object> kinds = new ArrayList<>();
                    for (FacilityKind k : FacilityKind.values()) {
                        if (k.countsCollected()) {
                            kinds.add(k.name());
                        }
                    }
                    s.enumeration(kinds);
                }
                case "name" -> s.maxLength(128);
                case "reason", "note", "comment", "rejectionReason" -> s.maxLength(500);
                case "date", "from", "to", "effectiveFrom", "activeFrom", "validFrom" -> s.format("date");
                default -> {
                    if (name.equals("code") || name.endsWith("Code")) {
                        code(s);
                    }
                }
            }
        } else if (number) {
            switch (name) {
                case "weightKg", "rejectedKg" -> s.minimum(BigDecimal.ZERO).exclusiveMinimum(true).maximum(BigDecimal.valueOf(Weight.MAX_KG));
                case "latitude" -> s.minimum(BigDecimal.valueOf(-90)).maximum(BigDecimal.valueOf(90));
                case "longitude" -> s.minimum(BigDecimal.valueOf(-180)).maximum(BigDecimal.valueOf(180));
                case "photoIds", "runId", "basedOnRevision" -> s.minimum(BigDecimal.ONE);
                default -> {
                }
            }
        }
    }

    /** A date or time the client sends is read in the years {@link Parse#FIRST_YEAR} to {@link Parse#LAST_YEAR}: the pattern says so beside the format. */
    private static void years(Schema s) {
        if (s.getRef() == null && s.getPattern() == null && s.getFormat() != null
                && (s.getFormat().equals("date") || s.getFormat().equals("date-time"))) {
            s.pattern(YEARS);
        }
    }

    /** Whether a scalar schema states a limit: an enumeration, pattern, format or length for text, a bound for a number. */
    static boolean constrained(Schema s) {
        if (s.getType() == Schema.SchemaType.NUMBER || s.getType() == Schema.SchemaType.INTEGER) {
            return s.getMinimum() != null || s.getMaximum() != null;
        }
        if (s.getType() == null || s.getType() == Schema.SchemaType.STRING) {
            return s.getEnumeration() != null || s.getPattern() != null || s.getFormat() != null || s.getMaxLength() != null;
        }
        return true;
    }

    /** An example of the parameter's own type (SmallRye reads "510104" as a number). */
    private static Object exampleOf(Schema s, Object example) {
        if (example == null) {
            return null;
        }
        return switch (s.getType() == null ? Schema.SchemaType.STRING : s.getType()) {
            case INTEGER -> example instanceof Number n ? n : Long.valueOf(example.toString());
            case BOOLEAN -> example instanceof Boolean b ? b : Boolean.valueOf(example.toString());
            case STRING -> {
                String text = example.toString();
                yield s.getFormat() != null && s.getFormat().equals("date") && !DAY.matcher(text).matches() ? null : text;
            }
            default -> example;
        };
    }

    // ---- responses ---------------------------------------------------------------------------

    private static void responses(String path, Operation op, Method method, RecordSchemas records) {
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        if (responses.getAPIResponses() != null) {
            for (var e : new ArrayList<>(responses.getAPIResponses().entrySet())) {
                String code = e.getKey();
                APIResponse r = e.getValue();
                if (r.getRef() != null) {
                    continue;
                }
                if (code.startsWith("2")) {
                    success(code, r, method, records);
                } else if (code.startsWith("4") || code.startsWith("5")) {
                    problem(r);
                }
            }
        }
        sameBodyForARetry(responses);
        boolean hasParameters = op.getParameters() != null && !op.getParameters().isEmpty();
        if (hasParameters || op.getRequestBody() != null) {
            standard(responses, "400", "BadRequest");
        }
        standard(responses, "401", "Unauthorized");
        // a role checked by the resource, or a scope checked by the use case (a list naming a point, district,
        // hauler or facility that is not the reader's): either can refuse any operation
        standard(responses, "403", "Forbidden");
        if (path.contains("{")) {
            standard(responses, "404", "NotFound");
        }
        standard(responses, "406", "NotAcceptable");
        // the sign-in throttle (SignInGate) answers before any resource, whatever the path
        standard(responses, "429", "TooManySignIns");
        if (readsTheReadModel(path)) {
            standard(responses, "503", "ReadModelBusy");
        }
        if (op.getRequestBody() != null) {
            standard(responses, "413", "PayloadTooLarge");
            standard(responses, "415", "UnsupportedMediaType");
        }
    }

    /** Operations answered from the reporting read model, which refuses (503) while it is rebuilt or after a failed rebuild. */
    static boolean readsTheReadModel(String path) {
        String p = path.replaceFirst("^/api/v1", "");
        return (p.startsWith("/indicators") && !p.startsWith("/indicators/read-model")) || p.startsWith("/returns")
                || p.startsWith("/exports") || p.startsWith("/wall");
    }

    /** A retry's 200 without a body of its own answers what the 201 answers (the first record). */
    private static void sameBodyForARetry(APIResponses responses) {
        APIResponse created = responses.getAPIResponse("201");
        APIResponse retry = responses.getAPIResponse("200");
        if (created != null && retry != null && retry.getRef() == null && retry.getContent() == null && created.getContent() != null) {
            Content content = OASFactory.createContent();
            for (var m : created.getContent().getMediaTypes().entrySet()) {
                content.addMediaType(m.getKey(), OASFactory.createMediaType().schema(m.getValue().getSchema())
                        .examples(m.getValue().getExamples()));
            }
            retry.setContent(content);
        }
    }

    private static void standard(APIResponses responses, String code, String name) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref(RESPONSES + name));
        }
    }

    private static void success(String code, APIResponse r, Method method, RecordSchemas records) {
        if (r.getContent() == null || r.getContent().getMediaTypes() == null) {
            return;
        }
        Type entity = entityType(method, code);
        for (var m : r.getContent().getMediaTypes().entrySet()) {
            String media = m.getKey();
            MediaType type = m.getValue();
            if (media.contains("json")) {
                if (entity != null) {
                    type.setSchema(records.of(entity));
                }
            } else if (type.getSchema() == null) {
                Schema file = OASFactory.createSchema().type(Schema.SchemaType.STRING);
                type.setSchema(media.startsWith("text/") ? file : file.format("binary"));
            }
        }
    }

    /** What a method answers with: its return type, or for a Response the record its @APIResponse names. */
    private static Type entityType(Method method, String code) {
        if (method == null) {
            return null;
        }
        for (var a : method.getAnnotationsByType(org.eclipse.microprofile.openapi.annotations.responses.APIResponse.class)) {
            if (a.responseCode().equals(code)) {
                for (var c : a.content()) {
                    if (c.schema().implementation() != Void.class) {
                        return c.schema().implementation();
                    }
                }
            }
        }
        Class<?> raw = method.getReturnType();
        if (raw == Response.class || raw == void.class || raw == String.class || raw == Object.class) {
            return null;
        }
        return method.getGenericReturnType();
    }

    /** Every error is a Problem; the examples given for it are kept. */
    private static void problem(APIResponse r) {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        if (r.getContent() != null && r.getContent().getMediaTypes() != null) {
            for (MediaType m : r.getContent().getMediaTypes().values()) {
                if (m.getExamples() != null) {
                    for (var e : m.getExamples().entrySet()) {
                        problem.addExample(e.getKey(), e.getValue());
                    }
                }
                if (m.getExample() != null && problem.getExamples() == null) {
                    problem.setExample(m.getExample());
                }
            }
        }
        r.setContent(OASFactory.createContent().addMediaType(PROBLEM, problem));
    }

    // ---- the shared parts ---------------------------------------------------------------------

    private static void sharedParts(Components c) {
        Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        c.addSchema("FieldError", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One refused field: its name (null when the refusal concerns no one field) and why, in the client's language")
                .addRequired("field").addRequired("message")
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING).nullable(true).example("weightKg"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("must be greater than 0 kg")));
        c.addSchema("Problem", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details: every error the API answers, whatever the status, has this shape "
                        + "(media type application/problem+json)")
                .addRequired("type").addRequired("title").addRequired("status")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).pattern("^urn:wastenet:problem:[a-z0-9-]+$")
                        .example("urn:wastenet:problem:invalid-input"))
                .addProperty("title", text.example("Invalid input"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)).example(400))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("absent when there is nothing to add to the title").example("weightKg: must be greater than 0 kg"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("the fields refused; absent when none is")
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))));
        c.addResponse("BadRequest", refusal("Invalid parameter or body: the problem names each field refused", 400,
                "invalid-input", "Invalid input", "size: must be 1 to 1000", "size", "must be 1 to 1000"));
        c.addResponse("Unauthorized", refusal("No credentials, or wrong ones (HTTP Basic or a bearer token)", 401,
                "unauthenticated", "Sign-in required", "send HTTP Basic credentials or a bearer token", null, null));
        c.addResponse("Forbidden", refusal("Your role, or your scope (points, districts, haulers, facilities), does not cover this", 403,
                "forbidden", "Forbidden", "your role may not do this", null, null));
        c.addResponse("NotFound", refusal("No such record (a code in the path or body names none)", 404,
                "unknown-code", "Unknown code", "code: no collection point has the code 'XX-1'", "code", "no collection point has the code 'XX-1'"));
        c.addResponse("NotAcceptable", refusal("The Accept header names no media type this operation answers with", 406,
                "http-406", "Not Acceptable", "the answer cannot be given in an accepted media type", null, null));
        c.addResponse("PayloadTooLarge", refusal("The body is larger than this operation takes (1 MiB for JSON; a bulk import's file has its own limit)",
                413, "payload-too-large", "Request body too large", "body: must be at most 1048576 bytes", "body", "must be at most 1048576 bytes"));
        c.addResponse("UnsupportedMediaType", refusal("The body's Content-Type is not one this operation takes", 415,
                "http-415", "Unsupported Media Type", "the body's media type is not one this path takes", null, null));
        APIResponse notAllowed = refusal("The path exists but does not take this method; Allow lists those it takes", 405,
                "http-405", "Method Not Allowed", "this path does not take this method", null, null);
        notAllowed.addHeader("Allow", OASFactory.createHeader().description("the methods this path takes")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)).example("GET, POST, OPTIONS, HEAD"));
        c.addResponse("MethodNotAllowed", notAllowed);
        APIResponse throttled = refusal("Too many failed sign-ins by this user name or from this address: wait before trying again",
                429, "too-many-sign-ins", "Too many failed sign-ins", "too many failed sign-ins: wait 299 s before signing in again",
                null, null);
        throttled.addHeader("Retry-After", OASFactory.createHeader().description("seconds to wait")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")).example(299));
        c.addResponse("TooManySignIns", throttled);
        APIResponse busy = refusal("The read model is being rebuilt, or its last rebuild failed: ask again later (Retry-After)", 503,
                "busy", "Busy", "the read model is being rebuilt (rebuild 12, sums, 1200000 weighings, 3400 receipts); ask again in a minute",
                null, null);
        busy.addHeader("Retry-After", OASFactory.createHeader().description("seconds to wait")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")).example(60));
        c.addResponse("ReadModelBusy", busy);
    }

    private static APIResponse refusal(String description, int status, String type, String title, String detail,
                                       String field, String message) {
        var example = new LinkedHashMap<String, Object>();
        example.put("type", "urn:wastenet:problem:" + type);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        if (field != null) {
            example.put("errors", List.of(Map.of("field", field, "message", message)));
        }
        Example ex = OASFactory.createExample().value(example);
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent().addMediaType(PROBLEM,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                        .addExample(type, ex)));
    }
}
