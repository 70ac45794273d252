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
import net.wastenet.points.application.NewCommunity;
import net.wastenet.points.application.ReferenceData;
import net.wastenet.points.application.Views.CommunityView;
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

@Path("communities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class CommunityResource {
    @Inject
    ReferenceData referenceData;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(RoleNames.ADMIN)
    @Operation(summary = "Register a residential community (小区)")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "community", value = Examples.COMMUNITY)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = net.wastenet.points.application.Views.CommunityView.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "community", value = Examples.COMMUNITY)))
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "404", description = "Unknown district")
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response register(NewCommunity body) {
        CommunityView c = referenceData.registerCommunity(Requests.body(body), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(c.code()).build()).entity(c).build();
    }

    @GET
    @Operation(summary = "List communities, newest first")
    @APIResponse(responseCode = "200", description = "A page of communities",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "communities", value = "{\"items\":[" + Examples.COMMUNITY + "],\"total\":1}")))
    public Page<CommunityView> list(
            @Parameter(description = "GB/T 2260 district code", example = "510104") @QueryParam("districtCode") String districtCode,
            @Parameter(description = "page, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 1000, default 50") @QueryParam("size") String size) {
        var q = Requests.listing(districtCode, null, null, page, size);
        return referenceData.communities(q.districtCode(), q.page());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One community")
    @APIResponse(responseCode = "200", description = "The community",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "community", value = Examples.COMMUNITY)))
    @APIResponse(responseCode = "404", description = "Unknown code")
    public CommunityView get(@PathParam("code") String code) {
        return referenceData.community(code);
    }
}
