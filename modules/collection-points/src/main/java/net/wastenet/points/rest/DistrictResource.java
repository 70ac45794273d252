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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import net.wastenet.points.application.NewDistrict;
import net.wastenet.points.application.ReferenceData;
import net.wastenet.points.application.Views.DistrictView;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Page;
import net.wastenet.shared.RoleNames;
import net.wastenet.shared.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("districts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Districts, communities, collection points (administrator)")
public class DistrictResource {
    @Inject
    ReferenceData referenceData;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(RoleNames.ADMIN)
    @Operation(summary = "Register a district or functional zone")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "district", value = Examples.DISTRICT)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = net.wastenet.points.application.Views.DistrictView.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "district", value = Examples.DISTRICT_VIEW)))
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response register(NewDistrict body) {
        DistrictView d = referenceData.registerDistrict(Requests.body(body), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(d.code()).build()).entity(d).build();
    }

    @GET
    @Operation(summary = "List the districts (23 in Chengdu: 20 divisions and 3 functional zones)")
    @APIResponse(responseCode = "200", description = "All districts, by code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    examples = @ExampleObject(name = "districts", value = "{\"items\":[" + Examples.DISTRICT_VIEW + "],\"total\":1}")))
    public Page<DistrictView> list() {
        List<DistrictView> all = referenceData.districts();
        return new Page<>(all, all.size());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One district")
    @APIResponse(responseCode = "200", description = "The district",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "district", value = Examples.DISTRICT_VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown code")
    public DistrictView get(@PathParam("code") String code) {
        return referenceData.district(code);
    }
}
