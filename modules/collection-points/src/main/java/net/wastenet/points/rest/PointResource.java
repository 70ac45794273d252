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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import net.wastenet.points.application.NewPoint;
import net.wastenet.points.application.ReferenceData;
import net.wastenet.points.application.StatusChange;
import net.wastenet.points.application.Views.PointView;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Page;
import net.wastenet.shared.RoleNames;
import net.wastenet.shared.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class PointResource {
    @Inject
    ReferenceData referenceData;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(RoleNames.ADMIN)
    @Operation(summary = "Register a collection point of either network")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "point", value = Examples.POINT)))
    @APIResponse(responseCode = "201", description = "Registered, ACTIVE from activeFrom",
            content = @Content(schema = @Schema(implementation = net.wastenet.points.application.Views.PointView.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "point", value = Examples.POINT_CREATED)))
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "404", description = "Unknown district or community")
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response register(NewPoint body) {
        PointView p = referenceData.registerPoint(Requests.body(body), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(p.code()).build()).entity(p).build();
    }

    @GET
    @Operation(summary = "List collection points, newest first, with today's status")
    @APIResponse(responseCode = "200", description = "A page of points",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "points", value = "{\"items\":[" + Examples.POINT_VIEW + "],\"total\":1}")))
    public Page<PointView> list(
            @Parameter(description = "GB/T 2260 district code", example = "510104") @QueryParam("districtCode") String districtCode,
            @Parameter(description = "page, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 1000, default 50") @QueryParam("size") String size) {
        var q = Requests.listing(districtCode, null, null, page, size);
        return referenceData.points(q.districtCode(), q.page());
    }

    @GET
    @Path("map")
    @Operation(summary = "Every point (of a district) as a compact map layer: code, longitude, latitude, kind and today's status",
            description = "One array a point in the order of fields; the whole city in one answer (compressed when the client accepts "
                    + "gzip). Answers carry an ETag: send it back in If-None-Match and an unchanged layer answers 304 without a body.")
    @APIResponse(responseCode = "200", description = "The layer", content = @Content(schema = @Schema(implementation = net.wastenet.points.application.Views.PointMap.class), mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "layer", value = "{\"fields\":[\"code\",\"longitude\",\"latitude\",\"kind\",\"status\"],"
                    + "\"rows\":[[\"JJ-P001\",104.083210,30.657120,\"SORTING_POINT\",\"ACTIVE\"]],\"total\":1}")))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid district code")
    public Response map(@Parameter(description = "GB/T 2260 district code; none: the whole city", example = "510104")
                        @QueryParam("districtCode") String districtCode, @Context jakarta.ws.rs.core.Request request) {
        var layer = referenceData.pointMap(districtCode == null || districtCode.isBlank() ? null : districtCode);
        var tag = new jakarta.ws.rs.core.EntityTag(net.wastenet.shared.Fingerprint.of(layer.rows().toString()));
        var cache = new jakarta.ws.rs.core.CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        var unchanged = request.evaluatePreconditions(tag);
        return (unchanged != null ? unchanged : Response.ok(layer)).tag(tag).cacheControl(cache).build();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One point, with its status history")
    @APIResponse(responseCode = "200", description = "The point",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "point", value = Examples.POINT_VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown code")
    public PointView get(@PathParam("code") String code) {
        return referenceData.point(code);
    }

    @POST
    @Path("{code}/status")
    @RolesAllowed(RoleNames.ADMIN)
    @Operation(summary = "Change a point's status from a date on (appended to its history)")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "suspend", value = Examples.STATUS)))
    @APIResponse(responseCode = "200", description = "The point with its new history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "point", value = Examples.POINT_VIEW)))
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "404", description = "Unknown code")
    public PointView changeStatus(@PathParam("code") String code, StatusChange body) {
        return referenceData.changeStatus(code, Requests.body(body), caller.actor());
    }
}
