package net.wastenet.recyclables.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import net.wastenet.recyclables.application.Commands.CapacityChange;
import net.wastenet.recyclables.application.Commands.NewFacility;
import net.wastenet.recyclables.application.Commands.NewFacilityReceipt;
import net.wastenet.recyclables.application.Commands.NewOutput;
import net.wastenet.recyclables.application.Commands.NewStockReport;
import net.wastenet.recyclables.application.FacilityRegistry;
import net.wastenet.recyclables.application.FacilityReports;
import net.wastenet.recyclables.application.FlowRecording;
import net.wastenet.recyclables.application.Views.AttributionView;
import net.wastenet.recyclables.application.Views.CapacityView;
import net.wastenet.recyclables.application.Views.FacilityView;
import net.wastenet.recyclables.application.Views.FlowsView;
import net.wastenet.recyclables.application.Views.MassBalanceView;
import net.wastenet.recyclables.application.Views.MovementView;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Idempotency;
import java.util.List;
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

@Path("facilities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities", description = "The facility registry; intake, outputs, capacity and mass balance of each facility")
public class FacilityResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String PROBLEM = "application/problem+json";

    @Inject
    FacilityRegistry registry;
    @Inject
    FlowRecording flows;
    @Inject
    FacilityReports reports;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(RoleNames.ADMIN)
    @Operation(summary = "Register a facility with its design capacity")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "sorting centre", value = Examples.FACILITY)))
    @APIResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = net.wastenet.recyclables.application.Views.FacilityView.class), mediaType = JSON, examples = @ExampleObject(name = "facility", value = Examples.FACILITY_VIEW)))
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response register(NewFacility body) {
        FacilityView f = registry.register(Requests.body(body), caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(f.code()).build()).entity(f).build();
    }

    @GET
    @Operation(summary = "List facilities, newest first")
    @APIResponse(responseCode = "200", description = "A page of facilities",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "facilities",
                    value = "{\"items\":[" + Examples.FACILITY_VIEW + "],\"total\":1}")))
    public Page<FacilityView> list(
            @Parameter(description = "GB/T 2260 district code", example = "510183") @QueryParam("districtCode") String districtCode,
            @Parameter(description = "facility kind", example = "KITCHEN_WASTE_PLANT") @QueryParam("kind") String kind,
            @Parameter(description = "page, from 0") @QueryParam("page") String page,
            @Parameter(description = "page size, 1 to 1000, default 50") @QueryParam("size") String size) {
        var q = Requests.listing(districtCode, null, null, page, size);
        return registry.list(q.districtCode(), kind, q.page());
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One facility, with its capacity history")
    @APIResponse(responseCode = "200", description = "The facility",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "facility", value = Examples.FACILITY_VIEW)))
    @APIResponse(responseCode = "404", description = "Unknown code")
    public FacilityView get(@PathParam("code") String code) {
        return registry.get(code);
    }

    @POST
    @Path("{code}/capacity-changes")
    @RolesAllowed(RoleNames.ADMIN)
    @Operation(summary = "Change the design capacity from a date on (kept in the history)")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "phase 2", value = Examples.CAPACITY_CHANGE)))
    @APIResponse(responseCode = "200", description = "The facility with its new history",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "facility", value = Examples.FACILITY_VIEW)))
    @APIResponse(responseCode = "400", description = "Invalid field")
    public FacilityView changeCapacity(@PathParam("code") String code, CapacityChange body) {
        return registry.changeCapacity(code, Requests.body(body), caller.actor());
    }

    @POST
    @Path("{code}/receipts")
    @RolesAllowed({RoleNames.FACILITY_OPERATOR, RoleNames.ADMIN})
    @Operation(summary = "Intake at a plant not fed by manifests or transfers",
            description = "Residual waste from a district's collection, hazardous waste, or another facility's residues. "
                    + "A retry with the same clientKey answers 200 with the first record.")
    @RequestBody(required = true, content = @Content(examples = {
        @ExampleObject(name = "from a district", value = Examples.RECEIPT),
        @ExampleObject(name = "residues of a sorting centre", value = Examples.RESIDUE_RECEIPT)}))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = net.wastenet.recyclables.application.Views.MovementView.class), mediaType = JSON, examples = @ExampleObject(name = "receipt", value = Examples.MOVEMENT)))
    @APIResponse(responseCode = "200", description = "A retry: the first record")
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "403", description = "Not your facility")
    @APIResponse(responseCode = "404", description = "Unknown facility or district")
    @APIResponse(responseCode = "409", description = "clientKey reused with another body")
    public Response receipt(@PathParam("code") String code, NewFacilityReceipt body) {
        var cmd = Requests.body(body);
        var actor = caller.actor();
        return created(Idempotency.retryOnKeyClash(() -> flows.receipt(code, cmd, actor)));
    }

    @POST
    @Path("{code}/outputs")
    @RolesAllowed({RoleNames.FACILITY_OPERATOR, RoleNames.ADMIN})
    @Operation(summary = "What the facility sends on: a product sold, or a residue to a disposal facility",
            description = "Record a load once: at the receiving facility (receipts, transfers) or here when it leaves.")
    @RequestBody(required = true, content = @Content(examples = {
        @ExampleObject(name = "product", value = Examples.OUTPUT),
        @ExampleObject(name = "residue", value = Examples.RESIDUE_OUTPUT)}))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = net.wastenet.recyclables.application.Views.MovementView.class), mediaType = JSON, examples = @ExampleObject(name = "output", value = Examples.MOVEMENT)))
    @APIResponse(responseCode = "200", description = "A retry: the first record")
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    public Response output(@PathParam("code") String code, NewOutput body) {
        var cmd = Requests.body(body);
        var actor = caller.actor();
        return created(Idempotency.retryOnKeyClash(() -> flows.output(code, cmd, actor)));
    }

    @POST
    @Path("{code}/stock")
    @RolesAllowed({RoleNames.FACILITY_OPERATOR, RoleNames.ADMIN})
    @Operation(summary = "Report the stock held at the end of a day (for the mass balance)")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "month end", value = Examples.STOCK)))
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = net.wastenet.recyclables.application.Commands.NewStockReport.class), mediaType = JSON, examples = @ExampleObject(name = "stock", value = Examples.STOCK)))
    @APIResponse(responseCode = "400", description = "Invalid field")
    public Response stock(@PathParam("code") String code, NewStockReport body) {
        var cmd = Requests.body(body);
        flows.reportStock(code, cmd, caller.actor());
        return Response.status(Response.Status.CREATED).entity(cmd).build();
    }

    @GET
    @Path("capacity")
    @Operation(summary = "Capacity utilisation of every facility you may read, for a period, in one answer (no daily series)",
            description = "The same figures as GET /facilities/{code}/capacity for each facility; its daily series is there.")
    @APIResponse(responseCode = "200", description = "One entry per facility, in code order", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "capacities", value = "{\"items\":[" + Examples.CAPACITY_SUMMARY + "],\"total\":1}")))
    @APIResponse(responseCode = "400", description = "Invalid period")
    public Page<CapacityView> capacities(@Parameter(example = "2026-03-01", required = true) @QueryParam("from") String from,
                                         @Parameter(example = "2026-03-31", required = true) @QueryParam("to") String to) {
        List<CapacityView> all = reports.capacities(Requests.period(from, to), caller.actor());
        return new Page<>(all, all.size());
    }

    @GET
    @Path("{code}/capacity")
    @Operation(summary = "Capacity utilisation for a period, with the daily series")
    @APIResponse(responseCode = "200", description = "Utilisation = throughput ÷ (design t/day × operating days)",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "capacity", value = Examples.CAPACITY)))
    @APIResponse(responseCode = "400", description = "Invalid period")
    public CapacityView capacity(@PathParam("code") String code,
                                 @Parameter(example = "2026-03-01", required = true) @QueryParam("from") String from,
                                 @Parameter(example = "2026-03-31", required = true) @QueryParam("to") String to) {
        return reports.capacity(code, Requests.period(from, to), caller.actor());
    }

    @GET
    @Path("{code}/mass-balance")
    @Operation(summary = "The facility's books: input = outputs + residues + stock change, within a tolerance")
    @APIResponse(responseCode = "200", description = "The balance",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "balance", value = Examples.MASS_BALANCE)))
    @APIResponse(responseCode = "400", description = "Invalid period")
    public MassBalanceView massBalance(@PathParam("code") String code,
                                       @Parameter(example = "2026-03-01", required = true) @QueryParam("from") String from,
                                       @Parameter(example = "2026-03-31", required = true) @QueryParam("to") String to) {
        return reports.massBalance(code, Requests.period(from, to), caller.actor());
    }

    @GET
    @Path("{code}/flows")
    @Operation(summary = "Inflows and outflows per day")
    @APIResponse(responseCode = "200", description = "Days with any movement",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "flows", value = Examples.FLOWS)))
    public FlowsView flows(@PathParam("code") String code,
                           @Parameter(example = "2026-03-01", required = true) @QueryParam("from") String from,
                           @Parameter(example = "2026-03-31", required = true) @QueryParam("to") String to) {
        return reports.flows(code, Requests.period(from, to), caller.actor());
    }

    @GET
    @Path("{code}/movements")
    @Operation(summary = "The receipts into and products out of a facility, newest first")
    @APIResponse(responseCode = "200", description = "A page of movements",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "movements",
                    value = "{\"items\":[" + Examples.MOVEMENT + "],\"total\":1}")))
    public Page<MovementView> movements(@PathParam("code") String code,
                                        @Parameter(example = "2026-03-01", required = true) @QueryParam("from") String from,
                                        @Parameter(example = "2026-03-31", required = true) @QueryParam("to") String to,
                                        @Parameter(description = "page, from 0") @QueryParam("page") String page,
                                        @Parameter(description = "page size, 1 to 1000") @QueryParam("size") String size) {
        var q = Requests.listing(null, null, null, page, size);
        return reports.movements(code, Requests.period(from, to), q.page(), caller.actor());
    }

    @GET
    @Path("{code}/attribution")
    @Operation(summary = "What the facility received from each district, and its outputs and residues attributed in proportion")
    @APIResponse(responseCode = "200", description = "Attribution to districts",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "attribution", value = Examples.ATTRIBUTION)))
    public AttributionView attribution(@PathParam("code") String code,
                                       @Parameter(example = "2026-03-01", required = true) @QueryParam("from") String from,
                                       @Parameter(example = "2026-03-31", required = true) @QueryParam("to") String to) {
        return reports.attribution(code, Requests.period(from, to), caller.actor());
    }

    private Response created(FlowRecording.Recorded r) {
        if (!r.created()) {
            return Response.ok(r.movement()).build();
        }
        return Response.status(Response.Status.CREATED).entity(r.movement()).build();
    }
}
