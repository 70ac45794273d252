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
import net.wastenet.quality.application.Commands.Completion;
import net.wastenet.quality.application.RectificationDesk;
import net.wastenet.quality.application.Views.RectificationView;

@Path("rectifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality of sorting")
public class RectificationResource {
    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    RectificationDesk rectifications;
    @Inject
    Caller caller;

    @POST
    @Path("{id}/completion")
    @RolesAllowed(RoleNames.DISTRICT_OFFICER)
    @Operation(summary = "The district's officer records what the community did (comment, photos)",
            description = "An OPEN rectification becomes COMPLETED; a passing re-inspection closes it. Completed by its due date, it "
                    + "is no longer overdue.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "completion", value = Examples.COMPLETION)))
    @APIResponse(responseCode = "200", description = "COMPLETED", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "rectification", value = Examples.RECTIFICATION)))
    @APIResponse(responseCode = "403", description = "Not your district; a photo someone else uploaded")
    @APIResponse(responseCode = "404", description = "Unknown rectification or photo")
    @APIResponse(responseCode = "409", description = "Completed or closed already")
    public RectificationView completeRectification(@PathParam("id") String id, Completion body) {
        return rectifications.complete(Requests.id(id, "id"), Requests.body(body), caller.actor());
    }

    @GET
    @Operation(summary = "Rectifications, earliest due first: of a district or the reader's; open, completed, closed; overdue today")
    @APIResponse(responseCode = "200", description = "A page of rectifications", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "rectifications", value = "{\"items\":[" + Examples.RECTIFICATION + "],\"total\":1}")))
    public Page<RectificationView> rectifications(@Parameter(example = "510104") @QueryParam("districtCode") String districtCode,
                                                  @Parameter(description = "OPEN, COMPLETED or CLOSED") @QueryParam("status") String status,
                                                  @Parameter(description = "true: only those overdue today") @QueryParam("overdue") String overdue,
                                                  @QueryParam("communityCode") String communityCode,
                                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        var q = Requests.listing(districtCode, null, null, page, size);
        return rectifications.list(q.districtCode(), status, overdue, communityCode, q.page(), caller.actor());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A rectification")
    @APIResponse(responseCode = "200", description = "The rectification", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "rectification", value = Examples.RECTIFICATION)))
    public RectificationView rectification(@PathParam("id") String id) {
        return rectifications.one(Requests.id(id, "id"), caller.actor());
    }
}
