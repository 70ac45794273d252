package net.wastenet.recyclables.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.wastenet.recyclables.application.Commands.NewTransfer;
import net.wastenet.recyclables.application.FlowRecording;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Idempotency;
import net.wastenet.shared.Requests;
import net.wastenet.shared.RoleNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("recyclables/transfers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities")
public class TransferResource {
    @Inject
    FlowRecording flows;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed({RoleNames.FACILITY_OPERATOR, RoleNames.ADMIN})
    @Operation(summary = "Recyclables moved from a point or a sorting centre to a facility, weighed on arrival",
            description = "Recorded by the receiving facility. A retry with the same clientKey answers 200 with the first record.")
    @RequestBody(required = true, content = @Content(examples = {
        @ExampleObject(name = "from a recycling outlet", value = Examples.TRANSFER),
        @ExampleObject(name = "from a sorting centre to a processor", value = Examples.TRANSFER_ON)}))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = net.wastenet.recyclables.application.Views.MovementView.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "transfer", value = Examples.MOVEMENT)))
    @APIResponse(responseCode = "200", description = "A retry: the first record")
    @APIResponse(responseCode = "400", description = "Invalid field (a material the facility does not accept, a point without recyclables, …)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "403", description = "Not your facility")
    @APIResponse(responseCode = "404", description = "Unknown point or facility")
    @APIResponse(responseCode = "409", description = "clientKey reused with another body")
    public Response transfer(NewTransfer body) {
        var cmd = Requests.body(body);
        var actor = caller.actor();
        FlowRecording.Recorded r = Idempotency.retryOnKeyClash(() -> flows.transfer(cmd, actor));
        return r.created() ? Response.status(Response.Status.CREATED).entity(r.movement()).build() : Response.ok(r.movement()).build();
    }
}
