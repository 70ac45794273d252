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
import java.util.List;
import net.wastenet.quality.application.Commands.RosterEntry;
import net.wastenet.quality.application.PlanDesk;
import net.wastenet.quality.application.Views.InspectorView;

@Path("inspectors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality of sorting")
public class InspectorResource {
    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    PlanDesk plans;
    @Inject
    Caller caller;

    @PUT
    @Path("{username}")
    @RolesAllowed(RoleNames.BUREAU)
    @Operation(summary = "Put an inspector on the roster the double-random plans draw from (bureau)",
            description = "The districts whose plans may draw them, the community they live in and those they serve: a plan never "
                    + "sends them to one of those. The right to record inspections is the role INSPECTOR with the district in the "
                    + "user's scope (PUT /users/{username}/scope).")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "inspector", value = Examples.ROSTER)))
    @APIResponse(responseCode = "200", description = "On the roster", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = InspectorView.class), examples = @ExampleObject(name = "inspector", value = Examples.INSPECTOR)))
    @APIResponse(responseCode = "404", description = "An unknown district or community")
    public InspectorView enrolInspector(@Parameter(example = "inspector-jj") @PathParam("username") String username, RosterEntry body) {
        return plans.enrol(username, Requests.body(body), caller.actor());
    }

    @GET
    @Operation(summary = "The roster: inspectors of a district, or of the reader's districts")
    @APIResponse(responseCode = "200", description = "Inspectors", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "roster", value = "{\"items\":[" + Examples.INSPECTOR + "],\"total\":1}")))
    public Page<InspectorView> inspectors(@Parameter(example = "510104") @QueryParam("districtCode") String districtCode) {
        List<InspectorView> roster = plans.roster(districtCode, caller.actor());
        return new Page<>(roster, roster.size());
    }
}
