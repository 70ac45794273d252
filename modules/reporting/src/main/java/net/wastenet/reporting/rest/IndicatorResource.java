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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import net.wastenet.reporting.application.Definitions;
import net.wastenet.reporting.application.Definitions.DefinitionView;
import net.wastenet.reporting.application.Definitions.NewDefinitionSet;
import net.wastenet.reporting.application.IndicatorAnswer;
import net.wastenet.reporting.application.IndicatorEngine;
import net.wastenet.reporting.application.ReadModelRebuild;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Page;
import net.wastenet.shared.Requests;
import net.wastenet.shared.RoleNames;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Coverage, recovery, resource-utilisation and harmless-treatment rates")
public class IndicatorResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    static final String ANSWER = """
            {"scope":"510104","from":"2026-03-01","to":"2026-03-31",
             "coverage":{"rate":93.75,"coveredCommunities":15,"communities":16,"householdRate":95.02,"coveredHouseholds":19004,"households":20000,"target":93.00},
             "recoveryRate":{"rate":38.10,"numeratorKg":3810000.000,"denominatorKg":10000000.000,"target":35.00},
             "resourceUtilisation":{"rate":66.20,"numeratorKg":6620000.000,"denominatorKg":10000000.000,"target":65.00,
              "components":{"recoveredKg":1500000.000,"incineratedKg":7100000.000,"kitchenTreatedKg":2310000.000,"landfilledKg":90000.000,"collectedKg":8500000.000},
              "coefficients":{"set":"default-1","incineration":0.6000,"kitchen":1.0000,"landfill":0.0000}},
             "harmlessTreatment":{"rate":100.00,"numeratorKg":8500000.000,"denominatorKg":8500000.000,"target":100.00},
             "standardCommunities":{"count":9,"inspected":11,"communities":16,"rate":56.25,"target":null},
             "carbon":{"avoidedTCo2e":6946.500,"byRoute":[{"route":"RECYCLING","weightKg":1500000.000,"tCo2e":2250.000},
              {"route":"INCINERATION","weightKg":7100000.000,"tCo2e":3195.000},{"route":"KITCHEN_TREATMENT","weightKg":2310000.000,"tCo2e":1501.500},
              {"route":"LANDFILL","weightKg":90000.000,"tCo2e":0.000}],"factorSet":"default-1"},
             "signed":null}""";
    static final String BEFORE_DEFINITIONS = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,
             "detail":"from must not be before 2000-01-01, when the earliest definition set of the indicators takes effect",
             "errors":[{"field":"from","message":"must not be before 2000-01-01, when the earliest definition set of the indicators takes effect"}]}""";
    static final String DEFINITION = """
            {"name":"chengdu-2027","effectiveFrom":"2027-01-01","incineration":0.7,"kitchen":1.0,"landfill":0.0,"targetCoverage":93,
             "targetRecovery":35,"targetResourceUtilisation":65,"targetHarmlessTreatment":100,
             "targetStandardCommunities":10000,"note":"市局 2027 年口径"}""";
    static final String VERDICT = """
            {"code":"JJ-C007","name":"锦绣花园","districtCode":"510104","households":1830,"covered":false,"reason":"MISSING_CATEGORIES",
             "missingCategories":["HAZARDOUS","KITCHEN"]}""";

    private static final String REBUILD = """
            {"id":1050,"status":"RUNNING","step":"WEIGHINGS","reason":"asked for by bureau","weighings":1250000,"receipts":0,
             "treatments":0,"requestedBy":"bureau","requestedAt":"2026-12-02T10:15:00+08:00","finishedAt":null,"message":null}""";

    @Inject
    IndicatorEngine engine;
    @Inject
    Definitions definitions;
    @Inject
    ReadModelRebuild rebuild;
    @Inject
    Caller caller;

    @GET
    @Path("indicators")
    @Operation(summary = "The four rates for the city or a district and a period, with numerators, denominators, components and targets")
    @APIResponse(responseCode = "200", description = "The indicators; a rate over a zero denominator is null",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "Jinjiang, March", value = ANSWER)))
    @APIResponse(responseCode = "400", description = "Invalid scope or period (years 1900 to 2999; not starting before the earliest definition set)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "before the definitions", value = BEFORE_DEFINITIONS)))
    @APIResponse(responseCode = "403", description = "Not your district")
    public IndicatorAnswer indicators(@Parameter(description = "CITY or a district code", example = "CITY", required = true) @QueryParam("scope") String scope,
                                      @Parameter(example = "2026-10-01", required = true) @QueryParam("from") String from,
                                      @Parameter(example = "2026-10-31", required = true) @QueryParam("to") String to) {
        return engine.indicators(scope == null ? IndicatorEngine.CITY : scope, Requests.period(from, to), caller.actor());
    }

    @GET
    @Path("indicators/districts")
    @Operation(summary = "The city and every district for one period in one answer (the bureau's tiles and ranking)",
            description = "Each district's figures are those GET /indicators gives it (signed figures for a locked return's exact period).")
    @APIResponse(responseCode = "200", description = "The city, then each district in code order", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "March", value = "{\"city\":" + ANSWER + ",\"districts\":[" + ANSWER + "]}")))
    @APIResponse(responseCode = "400", description = "Invalid period (years 1900 to 2999; not starting before the earliest definition set)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "before the definitions", value = BEFORE_DEFINITIONS)))
    @APIResponse(responseCode = "403", description = "Only the bureau reads the whole city")
    @APIResponse(responseCode = "503", description = "The read model is being rebuilt; Retry-After says when to ask again")
    public IndicatorEngine.CityAndDistricts districts(@Parameter(example = "2026-10-01", required = true) @QueryParam("from") String from,
                                                      @Parameter(example = "2026-10-31", required = true) @QueryParam("to") String to) {
        return engine.cityAndDistricts(Requests.period(from, to), caller.actor());
    }

    @GET
    @Path("indicators/trend")
    @Operation(summary = "The same, one answer per month")
    @APIResponse(responseCode = "200", description = "One answer per step",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "trend", value = "{\"items\":[" + ANSWER + "],\"total\":1}")))
    public Page<IndicatorAnswer> trend(@Parameter(example = "CITY", required = true) @QueryParam("scope") String scope,
                                       @Parameter(example = "2026-08-01", required = true) @QueryParam("from") String from,
                                       @Parameter(example = "2026-10-31", required = true) @QueryParam("to") String to,
                                       @Parameter(description = "MONTH", example = "MONTH") @QueryParam("step") String step) {
        List<IndicatorAnswer> items = engine.trend(scope == null ? IndicatorEngine.CITY : scope, Requests.period(from, to), step, caller.actor());
        return new Page<>(items, items.size());
    }

    @GET
    @Path("indicators/coverage")
    @Operation(summary = "Drill-down of the coverage rate: every community of the scope, covered or why not")
    @APIResponse(responseCode = "200", description = "Each community's verdict",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "verdicts", value = "{\"items\":[" + VERDICT + "],\"total\":1}")))
    public Page<IndicatorAnswer.CommunityVerdict> coverage(@Parameter(example = "510104", required = true) @QueryParam("scope") String scope,
                                           @Parameter(example = "2026-10-01", required = true) @QueryParam("from") String from,
                                           @Parameter(example = "2026-10-31", required = true) @QueryParam("to") String to) {
        List<IndicatorAnswer.CommunityVerdict> items = engine.coverageDetail(scope == null ? IndicatorEngine.CITY : scope, Requests.period(from, to), caller.actor());
        return new Page<>(items, items.size());
    }

    @GET
    @Path("indicators/components/{component}")
    @Operation(summary = "Drill-down of R, I, K, L or C to the receipts or treatments behind it, paged, with the kilograms each counts for the scope",
            description = "For a district, flows a facility passed on count in proportion to where its intake came from; the counted "
                    + "kilograms of all pages add up to the component. With facilityCode, only the records at that facility: their "
                    + "counted kilograms add up to the scope's part of the component there (a compensation line's tonnes).")
    @APIResponse(responseCode = "200", description = "The records", content = @Content(mediaType = JSON, examples = @ExampleObject(name = "I",
            value = "{\"items\":[{\"record\":\"RECEIPT\",\"id\":48050,\"day\":\"2026-10-01\",\"facilityCode\":\"WX-INC01\","
                    + "\"facilityKind\":\"INCINERATION_PLANT\",\"sourceKind\":\"DISTRICT\",\"sourceDistrictCode\":\"510104\","
                    + "\"residue\":false,\"weightKg\":182000.000,\"countedKg\":182000.000}],\"total\":31}")))
    @APIResponse(responseCode = "400", description = "Unknown component, bad scope or period")
    @APIResponse(responseCode = "403", description = "Not your district")
    public Page<IndicatorEngine.ComponentRecord> component(@Parameter(example = "I", schema = @Schema(type = SchemaType.STRING, enumeration = {"R", "I", "K", "L", "C"}))
                                                           @PathParam("component") String component,
                                                           @Parameter(example = "510104", required = true) @QueryParam("scope") String scope,
                                                           @Parameter(example = "2026-10-01", required = true) @QueryParam("from") String from,
                                                           @Parameter(example = "2026-10-31", required = true) @QueryParam("to") String to,
                                                           @Parameter(description = "Only the records at this facility (where the receipt or treatment was weighed)",
                                                                   example = "WX-INC01") @QueryParam("facilityCode") String facilityCode,
                                                           @Parameter(example = "0") @QueryParam("page") String page,
                                                           @Parameter(example = "50") @QueryParam("size") String size) {
        var listing = Requests.listing(null, null, null, page, size);
        return engine.componentRecords(scope == null ? IndicatorEngine.CITY : scope, component, facilityCode, Requests.period(from, to),
                listing.page(), caller.actor());
    }

    @GET
    @Path("indicator-definitions")
    @Operation(summary = "The definition sets, oldest first; a period uses the one in effect on its last day")
    @APIResponse(responseCode = "200", description = "All sets",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "sets", value = "{\"items\":[" + DEFINITION + "],\"total\":1}")))
    public Page<DefinitionView> definitions() {
        List<DefinitionView> all = definitions.all();
        return new Page<>(all, all.size());
    }

    @POST
    @Path("indicator-definitions")
    @RolesAllowed({RoleNames.BUREAU, RoleNames.ADMIN})
    @Operation(summary = "Add a definition set (coefficients, targets) effective from a date")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "2027", value = DEFINITION)))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = net.wastenet.reporting.application.Definitions.DefinitionView.class), mediaType = JSON, examples = @ExampleObject(name = "set", value = DEFINITION)))
    @APIResponse(responseCode = "400", description = "A coefficient outside 0..1, a target outside 0..100")
    @APIResponse(responseCode = "409", description = "The name exists already")
    public Response addDefinitions(NewDefinitionSet body) {
        return Response.status(Response.Status.CREATED).entity(definitions.add(Requests.body(body), caller.actor())).build();
    }

    @POST
    @Path("indicators/read-model/rebuild")
    @RolesAllowed({RoleNames.BUREAU, RoleNames.ADMIN})
    @Operation(summary = "Recompute the read model from the modules' records, as a batch job (gives the same figures as the incremental feed)",
            description = "Answers at once with the queued rebuild; GET its Location for progress. While it is queued or running, "
                    + "indicator queries answer 503 with Retry-After; records are taken as usual.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = net.wastenet.reporting.application.ReadModelRebuild.RebuildView.class), mediaType = JSON,
            examples = @ExampleObject(name = "queued", value = REBUILD)))
    @APIResponse(responseCode = "409", description = "A rebuild is queued or running already")
    public Response rebuild() {
        var started = rebuild.start(caller.actor());
        return Response.accepted(started).location(java.net.URI.create("indicators/read-model/rebuild/" + started.id())).build();
    }

    @GET
    @Path("indicators/read-model/rebuild/{id}")
    @RolesAllowed({RoleNames.BUREAU, RoleNames.ADMIN})
    @Operation(summary = "A rebuild's progress: its step (CLEAR, WEIGHINGS, RECEIPTS, TREATMENTS, SUMS) and the records copied so far")
    @APIResponse(responseCode = "200", description = "The rebuild", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "running", value = REBUILD)))
    @APIResponse(responseCode = "404", description = "No such rebuild")
    public ReadModelRebuild.RebuildView rebuildProgress(@Parameter(example = "1050") @PathParam("id") String id) {
        return rebuild.view(net.wastenet.shared.Requests.id(id, "id"), caller.actor());
    }
}
