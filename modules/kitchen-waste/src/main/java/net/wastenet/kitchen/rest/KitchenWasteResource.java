package net.wastenet.kitchen.rest;

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
import net.wastenet.kitchen.application.Commands.Delivery;
import net.wastenet.kitchen.application.Commands.MultiDelivery;
import net.wastenet.kitchen.application.Commands.NewProducer;
import net.wastenet.kitchen.application.Commands.NewRoute;
import net.wastenet.kitchen.application.Commands.NewRun;
import net.wastenet.kitchen.application.Commands.NewTreatment;
import net.wastenet.kitchen.application.Commands.Pickup;
import net.wastenet.kitchen.application.KitchenReference;
import net.wastenet.kitchen.application.ManifestHandling;
import net.wastenet.kitchen.application.TreatmentRecording;
import net.wastenet.kitchen.application.Views.ManifestView;
import net.wastenet.kitchen.application.Views.ProducerView;
import net.wastenet.kitchen.application.Views.RouteView;
import net.wastenet.kitchen.application.Views.TreatmentView;
import net.wastenet.shared.Caller;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Idempotency;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Page;
import net.wastenet.shared.Requests;
import net.wastenet.shared.RoleNames;
import net.wastenet.shared.Text;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("kitchen-waste")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kitchen waste", description = "Producers, routes and runs, the three-party manifest, treatment")
public class KitchenWasteResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String PROBLEM = "application/problem+json";

    @Inject
    KitchenReference reference;
    @Inject
    ManifestHandling manifests;
    @Inject
    TreatmentRecording treatments;
    @Inject
    Caller caller;
    @Inject
    CityClock clock;

    @POST
    @Path("producers")
    @RolesAllowed(RoleNames.ADMIN)
    @Operation(summary = "Register a producer (restaurant, canteen, market)")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "restaurant", value = Examples.PRODUCER)))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = net.wastenet.kitchen.application.Views.ProducerView.class), mediaType = JSON, examples = @ExampleObject(name = "producer", value = Examples.PRODUCER)))
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response registerProducer(NewProducer body) {
        return Response.status(Response.Status.CREATED).entity(reference.registerProducer(Requests.body(body), caller.actor())).build();
    }

    @GET
    @Path("producers")
    @Operation(summary = "List producers")
    @APIResponse(responseCode = "200", description = "A page of producers",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "producers", value = "{\"items\":[" + Examples.PRODUCER + "],\"total\":1}")))
    public Page<ProducerView> producers(@QueryParam("districtCode") String districtCode, @QueryParam("page") String page,
                                        @QueryParam("size") String size) {
        var q = Requests.listing(districtCode, null, null, page, size);
        return reference.producers(q.districtCode(), q.page());
    }

    @POST
    @Path("routes")
    @RolesAllowed({RoleNames.HAULER, RoleNames.ADMIN})
    @Operation(summary = "Define a route: its sources in order")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "route", value = Examples.ROUTE)))
    @APIResponse(responseCode = "201", description = "Defined", content = @Content(schema = @Schema(implementation = net.wastenet.kitchen.application.Views.RouteView.class), mediaType = JSON, examples = @ExampleObject(name = "route", value = Examples.ROUTE_VIEW)))
    @APIResponse(responseCode = "400", description = "A stop that takes no kitchen waste")
    public Response registerRoute(NewRoute body) {
        return Response.status(Response.Status.CREATED).entity(reference.registerRoute(Requests.body(body), caller.actor())).build();
    }

    @GET
    @Path("routes")
    @Operation(summary = "List routes", description = "Their hauler's, those stopping in a district officer's districts; the bureau's "
            + "and administrators' all. Others: 403.")
    @APIResponse(responseCode = "200", description = "Routes",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "routes", value = "{\"items\":[" + Examples.ROUTE_VIEW + "],\"total\":1}")))
    public Page<RouteView> routes(@QueryParam("haulerCode") String haulerCode) {
        List<RouteView> routes = reference.routes(haulerCode, caller.actor());
        return new Page<>(routes, routes.size());
    }

    @POST
    @Path("runs")
    @RolesAllowed({RoleNames.HAULER, RoleNames.ADMIN})
    @Operation(summary = "Start a run: a vehicle on a route on a day")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "run", value = Examples.RUN)))
    @APIResponse(responseCode = "201", description = "Started", content = @Content(schema = @Schema(implementation = net.wastenet.kitchen.application.Views.RunView.class), mediaType = JSON, examples = @ExampleObject(name = "run", value = Examples.RUN_VIEW)))
    public Response startRun(NewRun body) {
        return Response.status(Response.Status.CREATED).entity(reference.startRun(Requests.body(body), caller.actor())).build();
    }

    @POST
    @Path("manifests")
    @RolesAllowed({RoleNames.HAULER, RoleNames.ADMIN})
    @Operation(summary = "Pickup: the hauler signs for a load at a point or producer",
            description = "A retry with the same clientKey answers 200 with the first manifest. A vehicle is never loaded beyond its capacity.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "pickup", value = Examples.PICKUP)))
    @APIResponse(responseCode = "201", description = "PICKED_UP", content = @Content(schema = @Schema(implementation = net.wastenet.kitchen.application.Views.ManifestView.class), mediaType = JSON, examples = @ExampleObject(name = "manifest", value = Examples.MANIFEST)))
    @APIResponse(responseCode = "200", description = "A retry: the first manifest")
    @APIResponse(responseCode = "400", description = "Invalid field",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "over capacity", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "403", description = "Not your hauler")
    @APIResponse(responseCode = "404", description = "Unknown source, hauler or vehicle")
    @APIResponse(responseCode = "409", description = "clientKey reused with another body")
    public Response pickUp(Pickup body) {
        var cmd = Requests.body(body);
        var actor = caller.actor();
        ManifestHandling.PickedUp r = Idempotency.retryOnKeyClash(() -> manifests.pickUp(cmd, actor));
        return r.created() ? Response.status(Response.Status.CREATED).entity(r.manifest()).build() : Response.ok(r.manifest()).build();
    }

    @POST
    @Path("manifests/{manifestNo}/delivery")
    @RolesAllowed({RoleNames.FACILITY_OPERATOR, RoleNames.ADMIN})
    @Operation(summary = "Delivery: the plant's weighbridge closes the manifest and records the receipt",
            description = "The discrepancy against the pickup weight is kept and flagged above the tolerance (default 5 %). The plant may "
                    + "reject part or all of the load (rejectedKg, rejectionReason, rejectedToFacilityCode: all three or none): the "
                    + "accepted part is received as kitchen waste, the rejected part as residual waste at the incineration plant or "
                    + "landfill named (it counts in I or L, not in K).")
    @RequestBody(required = true, content = @Content(examples = {@ExampleObject(name = "weighbridge", value = Examples.DELIVERY),
            @ExampleObject(name = "part rejected", value = Examples.DELIVERY_REJECTED)}))
    @APIResponse(responseCode = "200", description = "DELIVERED", content = @Content(mediaType = JSON, examples = {
            @ExampleObject(name = "delivered", value = Examples.DELIVERED), @ExampleObject(name = "part rejected", value = Examples.DELIVERED_REJECTED)}))
    @APIResponse(responseCode = "400", description = "Not a kitchen-waste plant; delivered before picked up; a rejection incomplete, above "
            + "the weighbridge weight or sent to a facility that is not an incineration plant or landfill",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "rejection", value = Examples.REJECTION_PROBLEM)))
    @APIResponse(responseCode = "403", description = "Not your plant, or the manifest goes to another plant")
    @APIResponse(responseCode = "404", description = "Unknown manifest or facility")
    @APIResponse(responseCode = "409", description = "Delivered already")
    public ManifestView deliver(@PathParam("manifestNo") String manifestNo, Delivery body) {
        return manifests.deliver(manifestNo, Requests.body(body), caller.actor());
    }

    @POST
    @Path("manifests/{manifestNo}/diversion")
    @RolesAllowed({RoleNames.HAULER, RoleNames.ADMIN})
    @Operation(summary = "Diversion: the hauler sends an open load to another kitchen-waste plant, with a reason",
            description = "From then on only that plant takes it; the change is in the audit trail with the manifest before and after.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "diversion", value = Examples.DIVERSION)))
    @APIResponse(responseCode = "200", description = "The manifest with its new destination",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "manifest", value = Examples.MANIFEST)))
    @APIResponse(responseCode = "400", description = "Not a kitchen-waste plant; the plant it goes to already; no reason")
    @APIResponse(responseCode = "403", description = "Not your hauler's manifest")
    @APIResponse(responseCode = "404", description = "Unknown manifest or facility")
    @APIResponse(responseCode = "409", description = "Delivered already")
    public ManifestView divert(@PathParam("manifestNo") String manifestNo, net.wastenet.kitchen.application.Commands.Diversion body) {
        return manifests.divert(manifestNo, Requests.body(body), caller.actor());
    }

    @POST
    @Path("deliveries")
    @RolesAllowed({RoleNames.FACILITY_OPERATOR, RoleNames.ADMIN})
    @Operation(summary = "Delivery of a vehicle's load of several manifests on one weighbridge weight",
            description = "The discrepancy is the summed pickups against the weighbridge; each manifest's receipt is its share. A "
                    + "rejection (rejectedKg, rejectionReason, rejectedToFacilityCode) is shared over the manifests as the weight is.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "two manifests", value = Examples.MULTI)))
    @APIResponse(responseCode = "200", description = "The delivered manifests",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "delivered", value = "{\"items\":[" + Examples.DELIVERED + "],\"total\":1}")))
    public Page<ManifestView> deliverMany(MultiDelivery body) {
        List<ManifestView> done = manifests.deliverAll(Requests.body(body), caller.actor(), "manifestNos");
        return new Page<>(done, done.size());
    }

    @GET
    @Path("manifests")
    @Operation(summary = "List manifests, newest pickup first; overdue=true lists those open too long (default 24 h)")
    @APIResponse(responseCode = "200", description = "A page of manifests",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "manifests", value = "{\"items\":[" + Examples.MANIFEST + "],\"total\":1}")))
    public Page<ManifestView> list(@Parameter(description = "PICKED_UP or DELIVERED") @QueryParam("status") String status,
                                   @Parameter(description = "true: only overdue") @QueryParam("overdue") String overdue,
                                   @QueryParam("haulerCode") String haulerCode, @QueryParam("facilityCode") String facilityCode,
                                   @QueryParam("districtCode") String districtCode, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("page") String page, @QueryParam("size") String size) {
        var q = Requests.listing(districtCode, from, to, page, size);
        if (overdue != null && !overdue.equals("true") && !overdue.equals("false")) {
            throw new InvalidInputException("overdue", Text.of("must be true or false", "必须是 true 或 false"));
        }
        return manifests.list(status, "true".equals(overdue), haulerCode, facilityCode, q.districtCode(), q.from(), q.to(),
                q.page(), caller.actor());
    }

    @GET
    @Path("manifests/incoming")
    @Operation(summary = "The manifests coming to a plant: open, headed for it or naming no destination, oldest pickup first (the overdue lead)",
            description = "For the plant's weighbridge: the manifests it may close with POST /kitchen-waste/manifests/{manifestNo}/delivery "
                    + "or, several on one weight, POST /kitchen-waste/deliveries. Its operators, the bureau and administrators read it.")
    @APIResponse(responseCode = "200", description = "A page of open manifests",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "incoming", value = "{\"items\":[" + Examples.MANIFEST + "],\"total\":1}")))
    @APIResponse(responseCode = "400", description = "facilityCode missing or malformed",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "problem", value = Examples.PROBLEM)))
    @APIResponse(responseCode = "403", description = "Not the caller's plant")
    public Page<ManifestView> incoming(@Parameter(description = "the plant", required = true, example = "QL-KW01") @QueryParam("facilityCode") String facilityCode,
                                       @QueryParam("page") String page, @QueryParam("size") String size) {
        var q = Requests.listing(null, null, null, page, size);
        return manifests.incoming(facilityCode, q.page(), caller.actor());
    }

    @GET
    @Path("manifests/{manifestNo}")
    @Operation(summary = "One manifest")
    @APIResponse(responseCode = "200", description = "The manifest", content = @Content(mediaType = JSON, examples = @ExampleObject(name = "manifest", value = Examples.DELIVERED)))
    @APIResponse(responseCode = "404", description = "Unknown manifest")
    public ManifestView get(@PathParam("manifestNo") String manifestNo) {
        return manifests.find(manifestNo, caller.actor());
    }

    @POST
    @Path("treatments")
    @RolesAllowed({RoleNames.FACILITY_OPERATOR, RoleNames.ADMIN})
    @Operation(summary = "A day's treatment at a kitchen-waste plant; residues become receipts where they go",
            description = "K (treated) = input − impurities. The input cannot exceed what the plant received and has not yet treated.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "treatment", value = Examples.TREATMENT)))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(schema = @Schema(implementation = net.wastenet.kitchen.application.Views.TreatmentView.class), mediaType = JSON, examples = @ExampleObject(name = "treatment", value = Examples.TREATMENT_VIEW)))
    @APIResponse(responseCode = "200", description = "A retry: the first record")
    @APIResponse(responseCode = "400", description = "Invalid field (input beyond stock, impurities beyond input, …)")
    public Response treat(NewTreatment body) {
        var cmd = Requests.body(body);
        var actor = caller.actor();
        TreatmentRecording.Recorded r = Idempotency.retryOnKeyClash(() -> treatments.record(cmd, actor));
        return r.created() ? Response.status(Response.Status.CREATED).entity(r.treatment()).build() : Response.ok(r.treatment()).build();
    }

    @GET
    @Path("treatments")
    @Operation(summary = "A plant's treatment records")
    @APIResponse(responseCode = "200", description = "A page of treatments",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "treatments", value = "{\"items\":[" + Examples.TREATMENT_VIEW + "],\"total\":1}")))
    public Page<TreatmentView> treatments(@Parameter(required = true, example = "QL-KW01") @QueryParam("facilityCode") String facilityCode,
                                          @QueryParam("from") String from, @QueryParam("to") String to,
                                          @QueryParam("page") String page, @QueryParam("size") String size) {
        var q = Requests.listing(null, from, to, page, size);
        if (facilityCode == null) {
            throw new InvalidInputException("facilityCode", Text.of("is required", "为必填项"));
        }
        return treatments.list(facilityCode, q.range(clock.today().minusDays(90), clock.today()), q.page(), caller.actor());
    }
}
