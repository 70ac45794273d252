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
import net.wastenet.quality.application.Commands.NewPlan;
import net.wastenet.quality.application.PlanDesk;
import net.wastenet.quality.application.Views.PlanView;

@Path("inspection-plans")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quality of sorting")
public class InspectionPlanResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String PROBLEM = "application/problem+json";

    @Inject
    PlanDesk plans;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed({RoleNames.BUREAU, RoleNames.DISTRICT_OFFICER})
    @Operation(summary = "Draw a district's double-random plan for a month (bureau, the district's officer)",
            description = "Communities and inspectors (from the roster, GET /inspectors) are drawn independently from the seed kept with "
                    + "the plan: the same seed draws the same plan. An inspector is never drawn for a community they live in or serve. "
                    + "Drawing again replaces the plan (200) until a planned inspection is recorded (409).")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "Jinjiang, November", value = Examples.PLAN)))
    @APIResponse(responseCode = "201", description = "Drawn", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = PlanView.class), examples = @ExampleObject(name = "plan", value = Examples.PLAN_VIEW)))
    @APIResponse(responseCode = "200", description = "Drawn again: the month's plan replaced")
    @APIResponse(responseCode = "400", description = "An invalid field; more communities than the district has")
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "Unknown district")
    @APIResponse(responseCode = "409", description = "The plan has inspections already; the roster is empty or every inspector lives in "
            + "or serves a drawn community", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "started",
            value = Examples.REDRAW_REFUSED)))
    public Response drawPlan(NewPlan body) {
        PlanDesk.Drawn drawn = plans.draw(Requests.body(body), caller.actor());
        return drawn.created() ? Response.status(Response.Status.CREATED).entity(drawn.plan()).build() : Response.ok(drawn.plan()).build();
    }

    @GET
    @Operation(summary = "Plans, newest month first: of a district, or of the reader's districts")
    @APIResponse(responseCode = "200", description = "A page of plans", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "plans", value = "{\"items\":[" + Examples.PLAN_VIEW + "],\"total\":1}")))
    public Page<PlanView> plans(@Parameter(example = "510104") @QueryParam("districtCode") String districtCode,
                                @Parameter(description = "a month", example = "2026-11") @QueryParam("period") String period,
                                @QueryParam("page") String page, @QueryParam("size") String size) {
        var q = Requests.listing(districtCode, null, null, page, size);
        return plans.plans(q.districtCode(), period, q.page(), caller.actor());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A plan: the communities and inspectors drawn, the seed, whether inspections started")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "plan", value = Examples.PLAN_VIEW)))
    public PlanView plan(@PathParam("id") String id) {
        return plans.plan(Requests.id(id, "id"), caller.actor());
    }
}
