package net.wastenet.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import net.wastenet.reporting.application.CarbonFactors;
import net.wastenet.reporting.application.CarbonFactors.FactorSetView;
import net.wastenet.reporting.application.CarbonFactors.NewCarbonFactorSet;
import net.wastenet.shared.Caller;
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

/** The bureau's carbon factor sets; the avoided emissions themselves are in every indicator answer ({@code carbon}). */
@Path("carbon-factor-sets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Carbon", description = "Factor sets for the emissions avoided against landfill, each valid from a day")
public class CarbonResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    static final String NEW_SET = """
            {"code":"cd-carbon-2027","validFrom":"2027-01-01","source":"成都市生态环境局 2027 年核算口径；填埋基准依 IPCC 2006 第 5 卷",
             "factors":[{"route":"LANDFILL","tCo2ePerTonne":0.72},{"route":"INCINERATION","tCo2ePerTonne":0.24},
              {"route":"KITCHEN_TREATMENT","tCo2ePerTonne":0.05},{"route":"RECYCLING","tCo2ePerTonne":-0.8},
              {"route":"RECYCLING","material":"PAPER","tCo2ePerTonne":-1.2}]}""";
    static final String SET = """
            {"code":"cd-carbon-2027","validFrom":"2027-01-01","source":"成都市生态环境局 2027 年核算口径；填埋基准依 IPCC 2006 第 5 卷",
             "factors":[{"route":"LANDFILL","material":null,"tCo2ePerTonne":0.72},{"route":"INCINERATION","material":null,"tCo2ePerTonne":0.24},
              {"route":"KITCHEN_TREATMENT","material":null,"tCo2ePerTonne":0.05},{"route":"RECYCLING","material":null,"tCo2ePerTonne":-0.8},
              {"route":"RECYCLING","material":"PAPER","tCo2ePerTonne":-1.2}],
             "createdAt":"2026-12-08T09:30:00","createdBy":"bureau"}""";
    static final String MISSING_ROUTE = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,
             "detail":"factors needs a factor without a material for [KITCHEN_TREATMENT] (LANDFILL is the baseline)",
             "errors":[{"field":"factors","message":"needs a factor without a material for [KITCHEN_TREATMENT] (LANDFILL is the baseline)"}]}""";

    @Inject
    CarbonFactors factors;
    @Inject
    Caller caller;

    @POST
    @RolesAllowed(RoleNames.BUREAU)
    @Operation(summary = "Add a carbon factor set (tonnes of CO₂e per tonne by route, LANDFILL the baseline), valid from a day")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "2027", value = NEW_SET)))
    @APIResponse(responseCode = "201", description = "Added; indicator answers from its day on are computed with it",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FactorSetView.class), examples = @ExampleObject(name = "set", value = SET)))
    @APIResponse(responseCode = "400", description = "A route missing, a factor repeated or outside -10..10",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "missing route", value = MISSING_ROUTE)))
    @APIResponse(responseCode = "403", description = "Not the bureau")
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response add(NewCarbonFactorSet body) {
        return Response.status(Response.Status.CREATED).entity(factors.add(Requests.body(body), caller.actor())).build();
    }

    @GET
    @Operation(summary = "The carbon factor sets, oldest first; each part of a period uses the set valid on its days")
    @APIResponse(responseCode = "200", description = "All sets",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "sets", value = "{\"items\":[" + SET + "],\"total\":1}")))
    public Page<FactorSetView> all() {
        List<FactorSetView> all = factors.all();
        return new Page<>(all, all.size());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One carbon factor set")
    @APIResponse(responseCode = "200", description = "The set",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = FactorSetView.class), examples = @ExampleObject(name = "set", value = SET)))
    @APIResponse(responseCode = "404", description = "No such set")
    public FactorSetView one(@Parameter(example = "default-1") @PathParam("code") String code) {
        return factors.one(code);
    }
}
