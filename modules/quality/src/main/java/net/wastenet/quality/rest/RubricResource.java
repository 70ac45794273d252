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
import net.wastenet.quality.application.Commands.NewRubric;
import net.wastenet.quality.application.RubricDesk;
import net.wastenet.quality.application.Views.RubricView;

@Path("inspection-rubrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality of sorting", description = "达标小区: rubrics, double-random plans, inspections with photos, rectifications, 达标 status")
public class RubricResource {
    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    RubricDesk rubrics;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed(RoleNames.BUREAU)
    @Operation(summary = "Add a rubric version (bureau), valid from a day until the next version",
            description = "Items with their maximum scores, veto items (a veto fails an inspection whatever its score), the pass score. "
                    + "An inspection is scored by the version valid on its day; a later version never changes it.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "the demo's 2026 version", value = Examples.RUBRIC)))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = RubricView.class), examples = @ExampleObject(name = "rubric", value = Examples.RUBRIC_VIEW)))
    @APIResponse(responseCode = "400", description = "An invalid field: a pass score above the maxima, a repeated item code")
    @APIResponse(responseCode = "409", description = "The code exists, or a version starts on that day already")
    public Response addRubric(NewRubric body) {
        return Response.status(Response.Status.CREATED).entity(rubrics.add(Requests.body(body), caller.actor())).build();
    }

    @GET
    @Operation(summary = "The rubric versions, oldest first; with on=, the one valid on that day")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "versions", value = "{\"items\":[" + Examples.RUBRIC_VIEW + "],\"total\":1}")))
    public Page<RubricView> rubrics(@Parameter(description = "a day: only the version valid on it", example = "2026-11-05")
                                    @QueryParam("on") String on) {
        if (on != null) {
            net.wastenet.shared.Problems p = new net.wastenet.shared.Problems();
            var day = net.wastenet.shared.Parse.date(on, "on", true, p);
            p.throwIfAny();
            return new Page<>(List.of(rubrics.validOn(day)), 1);
        }
        List<RubricView> all = rubrics.all();
        return new Page<>(all, all.size());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "A rubric version")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "rubric", value = Examples.RUBRIC_VIEW)))
    public RubricView rubric(@PathParam("code") String code) {
        return rubrics.one(code);
    }
}
