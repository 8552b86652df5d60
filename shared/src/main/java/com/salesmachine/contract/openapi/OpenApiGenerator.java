package com.salesmachine.contract.openapi;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.salesmachine.contract.Access;
import com.salesmachine.contract.ComponentAnnotations;
import com.salesmachine.contract.ContractTypes;
import com.salesmachine.contract.FunctionSpec;
import com.salesmachine.contract.Functions;
import com.salesmachine.contract.common.ErrorBody;
import com.salesmachine.contract.common.ErrorCode;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Builds the OpenAPI 3.1 document of the API from the catalogue ({@link Functions#ALL}) and the records: swagger-core's
 * model resolution turns the records (with their Jackson and Jakarta validation annotations) into JSON Schemas; this
 * class adds the contract's own conventions on top (which fields are required or nullable, cross-field rules, the
 * {@code data} union of {@code saveOnboardingStep}) and writes one {@code POST /{name}} operation per function.
 *
 * <p>Run by the build (shared/pom.xml, into the jar the API serves at {@code GET /openapi.json}) and by
 * {@code scripts/generate-types} (into {@code docs/openapi.json}). The output is deterministic: schemas are sorted by
 * name, operations follow the catalogue, fields keep record order.
 */
public final class OpenApiGenerator {

  /** Where the build puts the document on the classpath. */
  public static final String RESOURCE = "com/salesmachine/contract/openapi/openapi.json";

  static final String SCHEMAS = "#/components/schemas/";
  private static final String JSON = "application/json";
  /** The pattern of {@code @NotBlank}: JSON Schema patterns are unanchored, so this is "has a non-space character". */
  public static final String NOT_BLANK = "\\S";
  private static final String SESSION = "session";
  private static final String BEARER = "bearer";
  private static final String SIGNATURE = "integrationSignature";

  private final String version;
  private final Set<Class<?>> inputTypes = ContractTypes.reachableFromInputs();

  public OpenApiGenerator(String version) {
    this.version = version;
  }

  /** {@code OpenApiGenerator <output file> <version>}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: OpenApiGenerator <output file> <version>");
      System.exit(2);
    }
    Path out = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(out.getParent());
    Files.writeString(out, new OpenApiGenerator(args[1]).generate(), StandardCharsets.UTF_8);
  }

  /** The document as pretty-printed JSON, ending with a newline. */
  public String generate() {
    return Json31.pretty(document()) + "\n";
  }

  OpenAPI document() {
    OpenAPI api = new OpenAPI(SpecVersion.V31).openapi("3.1.0");
    api.info(new Info()
        .title("Sales Machine API")
        .version(version)
        .description("""
            Every function is `POST /{name}` with a JSON object body (`{}` when it takes no field); \
            `GET /health` and `GET /openapi.json` are the only GETs. Errors always have one shape, `ErrorBody`. \
            Every answer carries `X-Request-Id`. Generated from the Java catalogue and records in `shared/` \
            by `scripts/generate-types`: do not edit."""));
    api.servers(List.of(
        new Server().url("http://localhost:3000").description("local (scripts/dev)"),
        new Server().url("https://api-staging.sales-machine.com").description("staging"),
        new Server().url("https://api.sales-machine.com").description("production")));
    Components components = new Components();
    api.components(components
        .schemas(schemas())
        .securitySchemes(securitySchemes())
        .parameters(signatureHeaders())
        .headers(commonHeaders()));
    api.tags(Functions.BY_FEATURE.keySet().stream().map(name -> new Tag().name(name).description(name.equals("platform")
        ? "The public GET suppliers" : "Declared in shared: contract/" + name + "/")).toList());
    Paths paths = new Paths();
    for (FunctionSpec function : Functions.ALL) {
      paths.addPathItem("/" + function.name(), function.isSupplier()
          ? new PathItem().get(supplier(function))
          : new PathItem().post(operation(function, components)));
    }
    api.paths(paths);
    return api;
  }

  // ---- operations ----

  private Operation operation(FunctionSpec function, Components components) {
    Operation op = new Operation()
        .operationId(function.name())
        .addTagsItem(Functions.featureOf(function))
        .summary(switch (function.access()) {
          case PUBLIC -> "public";
          case USER -> "user session";
          case INTEGRATION -> "signed by the workflow engine";
        })
        .description(accessText(function.access()) + (function.access() == Access.USER
            ? " Counts against " + function.budget().meaning() + "." : ""))
        .requestBody(new RequestBody().required(true).content(json(ref(function.input()))))
        .security(security(function.access()));
    if (function.access() == Access.INTEGRATION) {
      for (String header : List.of("X-Sm-Timestamp", "X-Sm-Signature", "X-Sm-Delivery-Id")) {
        op.addParametersItem(new Parameter().$ref("#/components/parameters/" + header));
      }
    }
    ApiResponses responses = new ApiResponses();
    responses.addApiResponse("200", success(function));
    errorsByStatus(function.allErrors()).forEach((status, codes) -> {
      // one shared response per code (or set of codes answering with one status), referenced by each operation
      String key = codes.stream().map(ErrorCode::name).collect(Collectors.joining("_OR_"));
      if (components.getResponses() == null || !components.getResponses().containsKey(key)) {
        components.addResponses(key, error(codes));
      }
      responses.addApiResponse(status, new ApiResponse().$ref("#/components/responses/" + key));
    });
    return op.responses(responses);
  }

  private Operation supplier(FunctionSpec function) {
    ApiResponses responses = new ApiResponses();
    if (function.name().equals("health")) {
      responses.addApiResponse("200", response("UP: every backing service answers", function.output()));
      responses.addApiResponse("503", response("DOWN: the body names the failing component", function.output()));
    } else {
      responses.addApiResponse("200", new ApiResponse().description("This document")
          .headers(requestIdHeader())
          .content(json(new Schema<>().types(Set.of("object")).additionalProperties(true)
              .description("An OpenAPI 3.1 document"))));
    }
    return new Operation()
        .operationId(function.name())
        .addTagsItem(Functions.featureOf(function))
        .summary("public, GET")
        .description("Public; GET only (any other method is 405).")
        .security(List.of())
        .responses(responses);
  }

  private static String accessText(Access access) {
    return switch (access) {
      case PUBLIC -> "Public: no credentials; rate-limited per client IP.";
      case USER -> "User: the session, as cookie `sm_session` (browser) or `Authorization: Bearer <token>`. "
          + "A cookie call from an origin that is not allowed is 403.";
      case INTEGRATION -> "Integration: signed by the workflow engine (`X-Sm-Timestamp`, `X-Sm-Signature`, "
          + "`X-Sm-Delivery-Id`). Idempotent per delivery id: a redelivery answers like the first delivery.";
    };
  }

  private static List<SecurityRequirement> security(Access access) {
    return switch (access) {
      case PUBLIC -> List.of();
      case USER -> List.of(new SecurityRequirement().addList(SESSION), new SecurityRequirement().addList(BEARER));
      case INTEGRATION -> List.of(new SecurityRequirement().addList(SIGNATURE));
    };
  }

  private ApiResponse success(FunctionSpec function) {
    return response("Success", function.output());
  }

  private ApiResponse response(String description, Type type) {
    return new ApiResponse().description(description).headers(requestIdHeader()).content(json(ref(type)));
  }

  private static Map<String, List<ErrorCode>> errorsByStatus(List<ErrorCode> codes) {
    return codes.stream().collect(Collectors.groupingBy(c -> String.valueOf(c.status()), TreeMap::new,
        Collectors.toList()));
  }

  private static ApiResponse error(List<ErrorCode> codes) {
    String description = codes.stream().map(c -> "`" + c.name() + "`: " + c.meaning())
        .collect(Collectors.joining("; "));
    Map<String, Header> headers = requestIdHeader();
    if (codes.contains(ErrorCode.RATE_LIMIT_EXCEEDED)) {
      headers.put("Retry-After", new Header().$ref("#/components/headers/Retry-After"));
    }
    return new ApiResponse().description(description).headers(headers).content(json(ref(ErrorBody.class)));
  }

  private static Map<String, Header> requestIdHeader() {
    Map<String, Header> headers = new LinkedHashMap<>();
    headers.put("X-Request-Id", new Header().$ref("#/components/headers/X-Request-Id"));
    return headers;
  }

  private static Content json(Schema<?> schema) {
    return new Content().addMediaType(JSON, new MediaType().schema(schema));
  }

  private static Map<String, Header> commonHeaders() {
    Map<String, Header> headers = new LinkedHashMap<>();
    headers.put("X-Request-Id", new Header()
        .description("The request's id (the caller's own when it sent a sane one)").schema(string()));
    headers.put("Retry-After", new Header().description("Seconds to wait before trying again").schema(integer()));
    return headers;
  }

  // ---- security ----

  private static Map<String, SecurityScheme> securitySchemes() {
    Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
    schemes.put(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE)
        .name("sm_session").description("The browser's session cookie, set by signup and login (HttpOnly)."));
    schemes.put(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
        .description("The session token (`session.token` of signup and login) for any client but the browser."));
    schemes.put(SIGNATURE, new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER)
        .name("X-Sm-Signature")
        .description("`sha256=` + hex(HMAC-SHA256(secret, timestamp + \".\" + functionName + \".\" + deliveryId"
            + " + \".\" + rawBody)), with `X-Sm-Timestamp` and `X-Sm-Delivery-Id`; see docs/integration.md."));
    return schemes;
  }

  private static Map<String, Parameter> signatureHeaders() {
    Map<String, Parameter> headers = new LinkedHashMap<>();
    headers.put("X-Sm-Timestamp", header("X-Sm-Timestamp", "Unix seconds, within 300 s of the server's clock",
        "^[0-9]{1,12}$"));
    headers.put("X-Sm-Signature", header("X-Sm-Signature", "`sha256=` + hex HMAC-SHA256 (see the "
        + "integrationSignature scheme)", "^sha256=[0-9a-f]{64}$"));
    headers.put("X-Sm-Delivery-Id", header("X-Sm-Delivery-Id", "Unique per delivery; the idempotency key",
        "^[A-Za-z0-9._:-]{1,200}$"));
    return headers;
  }

  private static Parameter header(String name, String description, String pattern) {
    return new Parameter().in("header").name(name).required(true).description(description)
        .schema(string().pattern(pattern));
  }

  // ---- schemas ----

  private Map<String, Schema> schemas() {
    List<Type> roots = new ArrayList<>();
    roots.add(ErrorBody.class);
    for (FunctionSpec function : Functions.ALL) {
      if (function.input() != null) {
        roots.add(function.input());
      }
      if (!(function.output() instanceof ParameterizedType p && p.getRawType() == Map.class)) {
        roots.add(function.output());
      }
    }
    // the members of a property's @JsonSubTypes union are reachable only through this class's own fix-up
    ContractTypes.reachable().stream().filter(c -> c.isRecord() && c.getTypeParameters().length == 0)
        .forEach(roots::add);
    ModelResolver.enumsAsRef = true; // named enums (ProspectStatus, ErrorCode, ...), as the records name them
    ModelConverters converters = ModelConverters.getInstance(true);
    Map<String, Schema> schemas = new TreeMap<>();
    for (Type root : roots) {
      ResolvedSchema resolved = converters.resolveAsResolvedSchema(new AnnotatedType(root).resolveAsRef(true));
      schemas.putAll(resolved.referencedSchemas);
    }
    for (Class<?> type : ContractTypes.reachable()) {
      Schema<?> schema = schemas.get(type.getSimpleName());
      if (schema != null && type.isRecord()) {
        applyConventions(type, schema);
      }
    }
    // generic records resolve once per type argument (PageProspectSummary): same conventions as their raw record
    for (Type root : roots) {
      if (root instanceof ParameterizedType parameterized) {
        Class<?> raw = (Class<?>) parameterized.getRawType();
        applyConventions(raw, schemas.get(schemaName(root)));
      }
    }
    return schemas;
  }

  /** The name swagger-core gives a type's schema: the simple name, type arguments appended ({@code PageMeeting}). */
  static String schemaName(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return ((Class<?>) parameterized.getRawType()).getSimpleName() + Arrays.stream(
          parameterized.getActualTypeArguments()).map(OpenApiGenerator::schemaName).collect(Collectors.joining());
    }
    return ((Class<?>) type).getSimpleName();
  }

  private static Schema<?> ref(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
      return new Schema<>().types(Set.of("object")).additionalProperties(true);
    }
    return new Schema<>().$ref(SCHEMAS + schemaName(type));
  }

  /**
   * The contract's conventions (see the contract's package-info): a field is required and never null when it is a
   * primitive or carries {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty}; any other field may be null, and on
   * a type a client sends, may be left out. The server writes every field of an answer, null or not.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private void applyConventions(Class<?> type, Schema schema) {
    if (schema == null) {
      throw new IllegalStateException("swagger-core gave no schema for " + type.getName());
    }
    boolean sent = inputTypes.contains(type);
    List<String> required = new ArrayList<>();
    Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
    for (RecordComponent component : type.getRecordComponents()) {
      String name = component.getName();
      Schema property = properties.get(name);
      if (property == null) {
        throw new IllegalStateException(type.getSimpleName() + "." + name + " is missing from its schema");
      }
      JsonSubTypes union = ComponentAnnotations.find(component, JsonSubTypes.class);
      if (union != null) {
        property = new Schema<>().oneOf(Arrays.stream(union.value())
            .map(t -> (Schema) new Schema<>().$ref(SCHEMAS + t.value().getSimpleName())).toList())
            .description("One of these, chosen by `" + discriminator(component) + "`");
        properties.put(name, property);
      }
      tighten(property, ComponentAnnotations.find(component, NotBlank.class) != null);
      if (component.getAnnotatedType() instanceof AnnotatedParameterizedType list
          && List.class.isAssignableFrom(component.getType()) && property.getItems() != null) {
        tighten(property.getItems(), list.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(NotBlank.class));
      }
      boolean mandatory = isRequired(component);
      if (mandatory || !sent) {
        required.add(name);
      }
      if (!mandatory) {
        properties.put(name, nullable(property));
      }
    }
    schema.setRequired(required.isEmpty() ? null : required);
    List<Map<String, String>> crossField = crossFieldRules(type);
    if (!crossField.isEmpty()) {
      schema.addExtension("x-cross-field-rules", crossField);
    }
    if (type.getRecordComponents().length == 0) {
      schema.setTypes(Set.of("object"));
      schema.setAdditionalProperties(false);
    }
  }

  /**
   * {@code @NotBlank} as JSON Schema says it (an unanchored pattern: some character that is not white space), and
   * without the {@code minLength: 0} / {@code minItems: 0} that a {@code @Size} with only a maximum leaves behind.
   */
  @SuppressWarnings("rawtypes")
  private static void tighten(Schema property, boolean notBlank) {
    if (property.getPattern() != null) {
      property.setPattern(ecmaPattern(property.getPattern()));
    }
    if (notBlank && property.getPattern() == null) {
      property.setPattern(NOT_BLANK);
    }
    if (Integer.valueOf(0).equals(property.getMinLength())) {
      property.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(property.getMinItems())) {
      property.setMinItems(null);
    }
  }

  /**
   * A {@code @Pattern} regexp as JSON Schema reads it. Bean Validation matches the whole value with Java's regex;
   * JSON Schema searches with ECMA-262, which has no {@code (?s)}: anchor it, and write the not-blank forms the
   * records use in their exact ECMA equivalents.
   */
  static String ecmaPattern(String javaRegexp) {
    return switch (javaRegexp) {
      case "(?s).*\\S.*" -> NOT_BLANK;
      case ".*\\S.*" -> "^.*\\S.*$";
      default -> {
        if (javaRegexp.contains("(?")) {
          throw new IllegalStateException("no ECMA-262 form known for @Pattern(\"" + javaRegexp + "\")");
        }
        yield "^(?:" + javaRegexp + ")$";
      }
    };
  }

  private static String discriminator(RecordComponent component) {
    var info = ComponentAnnotations.find(component, com.fasterxml.jackson.annotation.JsonTypeInfo.class);
    return info == null ? "the type" : info.property();
  }

  static boolean isRequired(RecordComponent component) {
    return component.getType().isPrimitive()
        || ComponentAnnotations.find(component, NotNull.class) != null
        || ComponentAnnotations.find(component, NotBlank.class) != null
        || ComponentAnnotations.find(component, NotEmpty.class) != null;
  }

  /** {@code T | null}: a null type added, or for a reference, {@code anyOf: [ref, null]}. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Schema nullable(Schema property) {
    if (property.get$ref() != null || property.getOneOf() != null) {
      Schema wrapper = new Schema<>().anyOf(List.of(property, new Schema<>().types(Set.of("null"))));
      if (property.getDescription() != null) {
        wrapper.setDescription(property.getDescription());
        property.setDescription(null);
      }
      return wrapper;
    }
    Set<String> types = property.getTypes() == null ? new java.util.LinkedHashSet<>()
        : new java.util.LinkedHashSet<>(property.getTypes());
    types.add("null");
    property.setTypes(types);
    return property;
  }

  /** {@code @AssertTrue} methods named {@code is<Field>Valid()}: the field the error names and the message. */
  private static List<Map<String, String>> crossFieldRules(Class<?> type) {
    List<Map<String, String>> rules = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      AssertTrue assertTrue = method.getAnnotation(AssertTrue.class);
      if (assertTrue != null) {
        String field = method.getName().replaceFirst("^is", "").replaceFirst("Valid$", "");
        field = Character.toLowerCase(field.charAt(0)) + field.substring(1);
        Map<String, String> rule = new LinkedHashMap<>();
        rule.put("field", field);
        rule.put("message", assertTrue.message());
        rules.add(rule);
      }
    }
    rules.sort(Comparator.comparing((Map<String, String> r) -> r.get("field")).thenComparing(r -> r.get("message")));
    return rules;
  }

  private static Schema<?> string() {
    return new Schema<>().types(Set.of("string"));
  }

  private static Schema<?> integer() {
    return new Schema<>().types(Set.of("integer"));
  }
}
