package net.wastenet.app.diagnostics;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Text;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The HTTP ceiling of the ingest benchmark (docs/performance.md): the same server, the same sign-in,
 * the same JSON reading and writing as {@code POST /tonnage-logs}, and nothing else: no database.
 * What a weighing costs beyond it is what storing it durably costs. It exists only while the benchmark
 * setting is on ({@code wastenet.benchmark.enabled=true}, as the benchmarks' server starts set it): 404
 * otherwise. Any signed-in user may call it then; it stores nothing.
 */
@Path("diagnostics/echo")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Diagnostics", description = "For load balancers and benchmarks: nothing here stores anything")
public class EchoResource {
    private static final String BODY = """
            {"pointCode":"JJ-P001","category":"KITCHEN","weightKg":152.5,"weighedAt":"2026-10-15T08:30:00+08:00","clientKey":"echo-1"}""";

    @Inject
    @ConfigProperty(name = "wastenet.benchmark.enabled", defaultValue = "false")
    boolean benchmark;

    @POST
    @Operation(summary = "Answer the JSON object sent, unchanged (the benchmarks' HTTP ceiling); stores nothing",
            description = "Only while the server runs with wastenet.benchmark.enabled=true; 404 otherwise.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "a weighing's body", value = BODY)))
    @APIResponse(responseCode = "200", description = "The same object",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "echo", value = BODY)))
    @APIResponse(responseCode = "400", description = "Not a JSON object")
    @APIResponse(responseCode = "404", description = "The benchmark setting is off")
    public JsonObject echo(JsonObject body) {
        if (!benchmark) {
            throw new NotFoundException();
        }
        if (body == null) {
            throw new InvalidInputException("body", Text.of("is required: send a JSON object", "为必填项：请发送 JSON 对象"));
        }
        return body;
    }
}
