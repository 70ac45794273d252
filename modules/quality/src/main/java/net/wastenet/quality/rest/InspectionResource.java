package net.wastenet.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Idempotency;
import net.wastenet.shared.Page;
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
import net.wastenet.quality.application.Commands.NewInspection;
import net.wastenet.quality.application.Inspecting;
import net.wastenet.quality.application.Views.InspectionView;

@Path("inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality of sorting")
public class InspectionResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Inspecting inspecting;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed(RoleNames.INSPECTOR)
    @Operation(summary = "Record an inspection of a community (an inspector of its district)",
            description = "Scored by the rubric version valid on its day: the total, and passed when it reaches the pass score with no "
                    + "veto. Planned when the month's plan sends this inspector to the community. A failed inspection opens the "
                    + "community's rectification (due after 7 days by default); a passing one closes it. A retry with the same "
                    + "clientKey answers 200 with the first inspection.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "inspection", value = Examples.INSPECTION)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = InspectionView.class), examples = {
            @ExampleObject(name = "passed", value = Examples.INSPECTION_VIEW), @ExampleObject(name = "vetoed", value = Examples.FAILED_VIEW)}))
    @APIResponse(responseCode = "200", description = "A retry: the first inspection")
    @APIResponse(responseCode = "400", description = "An invalid field: an item not scored or above its maximum, a veto that is no veto "
            + "item, no rubric valid on the day", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no rubric",
            value = Examples.NO_RUBRIC)))
    @APIResponse(responseCode = "403", description = "Not a district you inspect; a photo someone else uploaded")
    @APIResponse(responseCode = "404", description = "Unknown community or photo")
    @APIResponse(responseCode = "409", description = "The district's return of that month is locked; clientKey reused with another body")
    public Response recordInspection(NewInspection body) {
        var cmd = Requests.body(body);
        var actor = caller.actor();
        Inspecting.Recorded r = Idempotency.retryOnKeyClash(() -> inspecting.record(cmd, actor));
        return r.created() ? Response.status(Response.Status.CREATED).entity(r.inspection()).build() : Response.ok(r.inspection()).build();
    }

    @GET
    @Operation(summary = "Inspections, newest first: of a community, of a district, or of the reader's districts")
    @APIResponse(responseCode = "200", description = "A page of inspections", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "inspections", value = "{\"items\":[" + Examples.INSPECTION_VIEW + "],\"total\":1}")))
    public Page<InspectionView> inspections(@Parameter(example = "510104") @QueryParam("districtCode") String districtCode,
                                            @Parameter(example = "JJ-C015") @QueryParam("communityCode") String communityCode,
                                            @QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("page") String page, @QueryParam("size") String size) {
        var q = Requests.listing(districtCode, from, to, page, size);
        return inspecting.list(communityCode, q, caller.actor());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An inspection with its scores, vetoes, photos and position")
    @APIResponse(responseCode = "200", description = "The inspection", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "inspection", value = Examples.INSPECTION_VIEW)))
    public InspectionView inspection(@PathParam("id") String id) {
        return inspecting.one(Requests.id(id, "id"), caller.actor());
    }
}
