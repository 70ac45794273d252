package net.wastenet.app.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.wastenet.shared.Caller;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
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

@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(RoleNames.ADMIN)
@Tag(name = "Webhooks", description = "Events pushed to integrators, signed with HMAC-SHA256 (administrator)")
public class WebhookResource {
    private static final String NEW = """
            {"url":"https://platform.example.org/wastenet/events","events":["tonnage-log.recorded","manifest.delivered"],
             "secret":"b7f0c2e4a91d4c3f8e2a"}""";
    private static final String REFUSALS = """
            {"url":"https://hauler-dispatch.example.org/wastenet/refusals","events":["refusal.recorded","refusal-notice.closed"],
             "secret":"4d1e9a7c2b6f40e8a3c5"}""";
    private static final String VIEW = """
            {"id":1,"url":"https://platform.example.org/wastenet/events","events":["tonnage-log.recorded","manifest.delivered"]}""";
    private static final String DELIVERIES = """
            {"items":[{"eventId":"0b6f3f0e-5d1c-4a8e-9b7e-2f1d7c9a4e11","event":"tonnage-log.recorded","recordRef":"tonnage-log/66301",
             "attempts":1,"status":"DELIVERED","lastAttemptAt":"2026-10-05T08:30:05+08:00","lastStatus":204},
             {"eventId":"5e2a8c1d-7f3b-4d6e-a0c9-8b1f2e3d4c5a","event":"refusal.recorded","recordRef":"refusal/12",
             "attempts":2,"status":"DELIVERED","lastAttemptAt":"2026-10-05T07:12:41+08:00","lastStatus":200}]}""";

    @Inject
    Webhooks webhooks;
    @Inject
    Caller caller;

    @POST
    @Operation(summary = "Register a subscriber: its URL, the events it wants, the secret its deliveries are signed with")
    @RequestBody(required = true, content = @Content(examples = {@ExampleObject(name = "platform", value = NEW),
            @ExampleObject(name = "refusals", summary = "a hauler's dispatch: refusals at pickup and their notices closed", value = REFUSALS)}))
    @APIResponse(responseCode = "201", description = "Registered; events from now on are delivered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhooks.SubscriberView.class),
                    examples = @ExampleObject(name = "registered", value = VIEW)))
    public Response subscribe(Webhooks.NewSubscriber body) {
        var view = webhooks.subscribe(Requests.body(body), caller.actor());
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The subscriber's delivery log, newest first: attempts, status (PENDING, DELIVERED, FAILING), last answer")
    @APIResponse(responseCode = "200", description = "The deliveries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "log", value = DELIVERIES)))
    public Webhooks.Deliveries deliveries(@PathParam("id") String id,
                                          @Parameter(description = "page, from 0") @QueryParam("page") String page,
                                          @Parameter(description = "page size, 1 to 1000, default 50") @QueryParam("size") String size) {
        Problems p = new Problems();
        PageRequest pr = PageRequest.check(Parse.integer(page, "page", p), Parse.integer(size, "size", p), p);
        p.throwIfAny();
        return webhooks.deliveries(Requests.id(id, "id"), pr);
    }

    @POST
    @Path("{id}/replay")
    @Operation(summary = "Send again every event since a time (the same eventId, so receivers can drop repeats)")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "since October", value = "{\"from\":\"2026-10-01T00:00:00+08:00\"}")))
    @APIResponse(responseCode = "202", description = "Queued: how many deliveries will be sent again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Queued.class),
                    examples = @ExampleObject(name = "queued", value = "{\"queued\":12}")))
    public Response replay(@PathParam("id") String id, Webhooks.Replay body) {
        int queued = webhooks.replay(Requests.id(id, "id"), Requests.body(body));
        return Response.accepted(new Queued(queued)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a subscriber: nothing more is sent to it, its pending deliveries are dropped")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response unsubscribe(@PathParam("id") String id) {
        webhooks.unsubscribe(Requests.id(id, "id"));
        return Response.noContent().build();
    }

    /** How many deliveries a replay queued. */
    public record Queued(int queued) {
    }
}
