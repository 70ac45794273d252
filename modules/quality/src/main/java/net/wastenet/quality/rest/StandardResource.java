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
import net.wastenet.quality.application.StandardStatus;
import net.wastenet.quality.application.Views.StandardView;

/** At {@code communities/standard}: a longer literal path than {@code communities/{code}}, so it is matched first. */
@Path("communities/standard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality of sorting")
public class StandardResource {
    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    StandardStatus status;
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Each community's 达标 status in a period",
            description = "The period's latest inspection decides (its score reached the pass score and no veto); a rectification still "
                    + "overdue at the period's end removes it; a community not inspected in the period is null (unknown). Reasons: "
                    + "PASSED, BELOW_PASS_SCORE, VETO, OVERDUE_RECTIFICATION, NOT_INSPECTED.")
    @APIResponse(responseCode = "200", description = "Every community of the scope in service by the period's end",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "Jinjiang", value = Examples.STANDARD)))
    public Page<StandardView> standardCommunities(@Parameter(description = "CITY or a district", example = "510104", required = true)
                                                  @QueryParam("scope") String scope,
                                                  @Parameter(example = "2026-11-01", required = true) @QueryParam("from") String from,
                                                  @Parameter(example = "2026-11-30", required = true) @QueryParam("to") String to) {
        return status.of(scope, Requests.period(from, to), caller.actor());
    }
}
