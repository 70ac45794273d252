package net.wastenet.points.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import net.wastenet.points.application.NewTonnageLog;
import net.wastenet.points.application.TonnageCorrection;
import net.wastenet.points.application.TonnageLogging;
import net.wastenet.points.application.Views;
import net.wastenet.points.application.Views.TonnageLogView;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Codes;
import net.wastenet.shared.Idempotency;
import net.wastenet.shared.Page;
import net.wastenet.shared.Parse;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Requests;
import net.wastenet.shared.RoleNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("tonnage-logs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tonnage log", description = "What station staff weigh at their point")
public class TonnageLogResource {
    @Inject
    TonnageLogging logging;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed({RoleNames.STATION_STAFF, RoleNames.ADMIN})
    @Operation(summary = "Log one weighing",
            description = "A retry with the same clientKey and body answers 200 with the first record and stores nothing; "
                    + "the same key with another body answers 409.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "kitchen waste", value = Examples.TONNAGE)))
    @APIResponse(responseCode = "201", description = "Stored (on disk)",
            content = @Content(schema = @Schema(implementation = net.wastenet.points.application.Views.TonnageLogView.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "stored", value = Examples.TONNAGE_VIEW)))
    @APIResponse(responseCode = "200", description = "A retry: the record stored by the first call",
            content = @Content(schema = @Schema(implementation = net.wastenet.points.application.Views.TonnageLogView.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "retry", value = Examples.TONNAGE_VIEW)))
    @APIResponse(responseCode = "400", description = "Invalid field (weight, time, category the point does not accept, a number longer "
            + "than 32 characters, a time before the earliest definition set, …)",
            content = @Content(mediaType = "application/problem+json", examples = {@ExampleObject(name = "problem", value = Examples.PROBLEM),
                    @ExampleObject(name = "number too long", value = Examples.NUMBER_TOO_LONG)}))
    @APIResponse(responseCode = "404", description = "Unknown point",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unknown", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "clientKey reused with another body",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "conflict", value = Examples.CONFLICT)))
    public Response log(NewTonnageLog body) {
        NewTonnageLog cmd = Requests.body(body);
        var actor = caller.actor();
        TonnageLogging.Logged result = Idempotency.retryOnKeyClash(() -> logging.log(cmd, actor));
        if (!result.created()) {
            return Response.ok(result.log()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(result.log().id())).build())
                .entity(result.log()).build();
    }

    @POST
    @Path("{id}/corrections")
    @RolesAllowed({RoleNames.STATION_STAFF, RoleNames.ADMIN})
    @Operation(summary = "Correct a weighing: adds a revision; the old one stays readable")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "weight", value = Examples.CORRECTION)))
    @APIResponse(responseCode = "201", description = "The record with its new revision",
            content = @Content(schema = @Schema(implementation = net.wastenet.points.application.Views.TonnageLogView.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "corrected", value = Examples.TONNAGE_WITH_REVISIONS)))
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "404", description = "Unknown id")
    @APIResponse(responseCode = "409", description = "Corrected concurrently by someone else: reload and retry")
    public Response correct(@PathParam("id") String id, TonnageCorrection body) {
        TonnageLogView v = logging.correct(Requests.id(id, "id"), Requests.body(body), caller.actor());
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    @GET
    @Operation(summary = "List weighings (current revision of each), newest first")
    @APIResponse(responseCode = "200", description = "A page of records",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "records", value = "{\"items\":[" + Examples.TONNAGE_VIEW + "],\"total\":1}")))
    @APIResponse(responseCode = "400", description = "Invalid parameter",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public Page<TonnageLogView> list(
            @Parameter(description = "point code", example = "JJ-P001") @QueryParam("pointCode") String pointCode,
            @Parameter(description = "GB/T 2260 district code", example = "510104") @QueryParam("districtCode") String districtCode,
            @Parameter(description = "first day (city time), inclusive", example = "2026-03-01") @QueryParam("from") String from,
            @Parameter(description = "last day (city time), inclusive", example = "2026-03-31") @QueryParam("to") String to,
            @Parameter(description = "page, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 1000, default 50") @QueryParam("size") String size) {
        if (pointCode != null) {
            Problems p = new Problems();
            Codes.check(pointCode, "pointCode", p);
            p.throwIfAny();
        }
        var q = Requests.listing(districtCode, from, to, page, size);
        return logging.list(pointCode, q.districtCode(), q.from(), q.to(), q.page(), caller.actor());
    }

    @GET
    @Path("usual")
    @Operation(summary = "What a point usually weighs in a category: the last 28 days' median and the weight above which the station page asks again",
            description = "askAboveKg is 3 × the median (at least 50 kg) with 5 weighings or more, else 1,000 kg. A weight above it is not refused: "
                    + "the page asks the worker to confirm it before sending.")
    @APIResponse(responseCode = "200", description = "The usual weight",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "usual",
                    value = "{\"days\":28,\"weighings\":27,\"medianKg\":31.5,\"largestKg\":48.2,\"askAboveKg\":94.5}")))
    @APIResponse(responseCode = "400", description = "pointCode or category missing or invalid",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "403", description = "Not the caller's point")
    @APIResponse(responseCode = "404", description = "Unknown point")
    public Views.UsualWeightView usual(@Parameter(description = "point code", required = true, example = "JJ-P001") @QueryParam("pointCode") String pointCode,
                             @Parameter(description = "RECYCLABLE, HAZARDOUS, KITCHEN or RESIDUAL", required = true, example = "KITCHEN")
                             @QueryParam("category") String category) {
        Problems p = new Problems();
        p.require(pointCode != null && !pointCode.isBlank(), "pointCode", "is required", "为必填项");
        if (pointCode != null && !pointCode.isBlank()) {
            Codes.check(pointCode, "pointCode", p);
        }
        WasteCategory c = Parse.enumValue(WasteCategory.class, category, "category", true, p);
        p.throwIfAny();
        return logging.usual(pointCode, c, caller.actor());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One weighing with all its revisions")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "record", value = Examples.TONNAGE_WITH_REVISIONS)))
    @APIResponse(responseCode = "404", description = "Unknown id")
    public TonnageLogView get(@PathParam("id") String id) {
        return logging.find(Requests.id(id, "id"), caller.actor());
    }
}
