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
import net.wastenet.kitchen.application.Commands.NewHauler;
import net.wastenet.kitchen.application.Commands.NewVehicle;
import net.wastenet.kitchen.application.KitchenReference;
import net.wastenet.kitchen.application.Views.HaulerView;
import net.wastenet.kitchen.application.Views.VehicleView;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Page;
import net.wastenet.shared.Requests;
import net.wastenet.shared.RoleNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data")
public class HaulerResource {
    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    KitchenReference reference;
    @Inject
    Caller caller;

    @POST
    @Path("haulers")
    @RolesAllowed(RoleNames.ADMIN)
    @Operation(summary = "Register a hauler (transport operator)")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "hauler", value = Examples.HAULER)))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = net.wastenet.kitchen.application.Views.HaulerView.class), mediaType = JSON, examples = @ExampleObject(name = "hauler", value = Examples.HAULER)))
    @APIResponse(responseCode = "409", description = "The code exists already")
    public Response registerHauler(NewHauler body) {
        return Response.status(Response.Status.CREATED).entity(reference.registerHauler(Requests.body(body), caller.actor())).build();
    }

    @GET
    @Path("haulers")
    @Operation(summary = "List haulers")
    @APIResponse(responseCode = "200", description = "A page of haulers",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "haulers", value = "{\"items\":[" + Examples.HAULER + "],\"total\":1}")))
    public Page<HaulerView> haulers(@QueryParam("page") String page, @QueryParam("size") String size) {
        return reference.haulers(Requests.listing(null, null, null, page, size).page());
    }

    @GET
    @Path("haulers/{code}")
    @Operation(summary = "One hauler")
    @APIResponse(responseCode = "200", description = "The hauler", content = @Content(mediaType = JSON, examples = @ExampleObject(name = "hauler", value = Examples.HAULER)))
    @APIResponse(responseCode = "404", description = "Unknown code")
    public HaulerView hauler(@PathParam("code") String code) {
        return reference.hauler(code);
    }

    @POST
    @Path("vehicles")
    @RolesAllowed(RoleNames.ADMIN)
    @Operation(summary = "Register a hauler's vehicle with its capacity")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "vehicle", value = Examples.VEHICLE)))
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = net.wastenet.kitchen.application.Views.VehicleView.class), mediaType = JSON, examples = @ExampleObject(name = "vehicle", value = Examples.VEHICLE)))
    @APIResponse(responseCode = "404", description = "Unknown hauler")
    @APIResponse(responseCode = "409", description = "The plate exists already")
    public Response registerVehicle(NewVehicle body) {
        return Response.status(Response.Status.CREATED).entity(reference.registerVehicle(Requests.body(body), caller.actor())).build();
    }

    @GET
    @Path("vehicles")
    @Operation(summary = "List vehicles")
    @APIResponse(responseCode = "200", description = "A page of vehicles",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "vehicles", value = "{\"items\":[" + Examples.VEHICLE + "],\"total\":1}")))
    public Page<VehicleView> vehicles(@QueryParam("haulerCode") String haulerCode, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        return reference.vehicles(haulerCode, Requests.listing(null, null, null, page, size).page());
    }

    @GET
    @Path("vehicles/{code}")
    @Operation(summary = "One vehicle")
    @APIResponse(responseCode = "200", description = "The vehicle", content = @Content(mediaType = JSON, examples = @ExampleObject(name = "vehicle", value = Examples.VEHICLE)))
    @APIResponse(responseCode = "404", description = "Unknown plate")
    public VehicleView vehicle(@PathParam("code") String code) {
        return reference.vehicle(code);
    }
}
