package net.wastenet.recyclables.rest;

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
import java.util.List;
import net.wastenet.recyclables.application.Commands.Confirmation;
import net.wastenet.recyclables.application.FacilityReports;
import net.wastenet.recyclables.application.Views.AlertView;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Page;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("capacity-alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities")
public class AlertResource {
    @Inject
    FacilityReports reports;
    @Inject
    Caller caller;
    @Inject
    CityClock clock;

    @GET
    @Operation(summary = "Days a facility took in more than its design capacity")
    @APIResponse(responseCode = "200", description = "Alerts, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "alerts",
                    value = "{\"items\":[" + Examples.ALERT + "],\"total\":1}")))
    public Page<AlertView> list(
            @Parameter(description = "facility code (required unless you read the whole city)", example = "QL-KW01") @QueryParam("facilityCode") String facilityCode,
            @Parameter(description = "first day, default 90 days ago") @QueryParam("from") String from,
            @Parameter(description = "last day, default today") @QueryParam("to") String to,
            @Parameter(description = "true or false; absent: both") @QueryParam("confirmed") String confirmed) {
        var q = Requests.listing(null, from, to, null, null);
        Problems p = new Problems();
        Boolean c = Parse.bool(confirmed, "confirmed", p);
        p.throwIfAny();
        List<AlertView> items = reports.alerts(facilityCode, q.range(clock.today().minusDays(90), clock.today()), c, caller.actor());
        return new Page<>(items, items.size());
    }

    @POST
    @Path("{id}/confirmation")
    @Operation(summary = "Confirm an alert with a comment (the facility's operator, the bureau or an administrator)")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "comment", value = Examples.CONFIRMATION)))
    @APIResponse(responseCode = "200", description = "The confirmed alert",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "alert", value = Examples.ALERT)))
    @APIResponse(responseCode = "400", description = "No comment")
    @APIResponse(responseCode = "409", description = "Confirmed already")
    public AlertView confirm(@PathParam("id") String id, Confirmation body) {
        return reports.confirm(Requests.id(id, "id"), Requests.body(body), caller.actor());
    }
}
