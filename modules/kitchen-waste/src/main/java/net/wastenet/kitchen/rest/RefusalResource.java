package net.wastenet.kitchen.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.wastenet.kitchen.application.Commands.NewRefusal;
import net.wastenet.kitchen.application.RefusalDesk;
import net.wastenet.kitchen.application.Views.RefusalView;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Idempotency;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Page;
import net.wastenet.shared.Requests;
import net.wastenet.shared.RoleNames;
import net.wastenet.shared.Text;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** At {@code kitchen-waste/refusals}: kitchen waste refused at pickup for contamination, and the notices they give points. */
@Path("kitchen-waste/refusals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kitchen waste")
public class RefusalResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String PROBLEM = "application/problem+json";

    @Inject
    RefusalDesk refusals;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed(RoleNames.HAULER)
    @Operation(summary = "Refusal: the hauler refuses a point's kitchen waste at pickup for contamination (不合格不收运)",
            description = "The point gets a notice due after wastenet.kitchen.refusalNoticeDays (3 by default); the next clean pickup "
                    + "at the point closes it. A refusal while the point has an open notice, or the third of the point within 30 days, "
                    + "is flagged repeated. Photos are the hauler's own uploads (POST /photos). Only the hauler records what it saw at the bin, "
                    + "for its own hauler code (not even an administrator). A retry with the same clientKey "
                    + "answers 200 with the first refusal.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "refusal", value = Examples.REFUSAL)))
    @APIResponse(responseCode = "201", description = "OPEN: the notice", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = RefusalView.class), examples = @ExampleObject(name = "notice", value = Examples.REFUSAL_VIEW)))
    @APIResponse(responseCode = "200", description = "A retry: the first refusal")
    @APIResponse(responseCode = "400", description = "Invalid field (a point that takes no kitchen waste, a time in the future, …)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "problem", value = Examples.REFUSAL_PROBLEM)))
    @APIResponse(responseCode = "403", description = "Not your hauler, or a photo someone else uploaded")
    @APIResponse(responseCode = "404", description = "Unknown point, hauler or photo")
    @APIResponse(responseCode = "409", description = "clientKey reused with another body; the day's period is locked")
    public Response refuse(NewRefusal body) {
        var cmd = Requests.body(body);
        var actor = caller.actor();
        RefusalDesk.Refused r = Idempotency.retryOnKeyClash(() -> refusals.refuse(cmd, actor));
        return r.created() ? Response.status(Response.Status.CREATED).entity(r.refusal()).build() : Response.ok(r.refusal()).build();
    }

    @GET
    @Operation(summary = "List refusals and their notices, newest first",
            description = "status=OPEN lists the open notices, overdue=true those past their due date. Haulers read their own, a "
                    + "district's officer the district's, the bureau and administrators all; others 403.")
    @APIResponse(responseCode = "200", description = "A page of refusals",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "refusals", value = "{\"items\":[" + Examples.REFUSAL_VIEW + "],\"total\":1}")))
    @APIResponse(responseCode = "403", description = "Neither your hauler nor your district")
    public Page<RefusalView> list(@Parameter(description = "OPEN or CLOSED") @QueryParam("status") String status,
                                  @Parameter(description = "true: only open notices past their due date") @QueryParam("overdue") String overdue,
                                  @QueryParam("haulerCode") String haulerCode, @QueryParam("districtCode") String districtCode,
                                  @Parameter(example = "JJ-P001") @QueryParam("pointCode") String pointCode,
                                  @QueryParam("from") String from, @QueryParam("to") String to,
                                  @QueryParam("page") String page, @QueryParam("size") String size) {
        var q = Requests.listing(districtCode, from, to, page, size);
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw new InvalidInputException("overdue", Text.of("must be true or false", "必须是 true 或 false"));
        }
        return refusals.list(status, "true".equals(overdue), haulerCode, q.districtCode(), pointCode, q.from(), q.to(), q.page(),
                caller.actor());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One refusal and its notice")
    @APIResponse(responseCode = "200", description = "The refusal",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "closed", value = Examples.REFUSAL_CLOSED)))
    @APIResponse(responseCode = "403", description = "Neither your hauler's nor your district's")
    @APIResponse(responseCode = "404", description = "Unknown refusal")
    public RefusalView get(@PathParam("id") String id) {
        return refusals.find(Requests.id(id, "id"), caller.actor());
    }
}
