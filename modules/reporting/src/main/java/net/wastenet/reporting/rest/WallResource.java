package net.wastenet.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import net.wastenet.reporting.application.WallBoard;
import net.wastenet.shared.Caller;
import net.wastenet.shared.RoleNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bureau's wall screen (wall.html): the aggregates no other answer gives, each a few rows summed in the database. */
@Path("wall")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({RoleNames.BUREAU, RoleNames.ADMIN})
@Tag(name = "Wall screen", description = "The bureau's wall screen: today's weighings, open alerts, the month's flows")
public class WallResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    static final String TODAY = """
            {"day":"2026-12-02","totalKg":412530.500,"weighings":18240,"categories":[
             {"category":"RECYCLABLE","kg":61200.000,"weighings":3120},{"category":"HAZARDOUS","kg":310.500,"weighings":95},
             {"category":"KITCHEN","kg":120400.000,"weighings":6900},{"category":"RESIDUAL","kg":230620.000,"weighings":8125}],
             "asOf":"2026-12-02T10:41:07"}""";
    static final String FLOWS = """
            {"month":"2026-11","from":"2026-11-01","to":"2026-11-30","totalKg":351200000.000,"links":[
             {"from":"DISTRICT","to":"INCINERATION_PLANT","residue":false,"kg":228000000.000,"receipts":3200},
             {"from":"POINT","to":"SORTING_CENTRE","residue":false,"kg":84000000.000,"receipts":1380},
             {"from":"SORTING_CENTRE","to":"RECYCLING_PROCESSOR","residue":false,"kg":77280000.000,"receipts":3900},
             {"from":"SORTING_CENTRE","to":"INCINERATION_PLANT","residue":true,"kg":6720000.000,"receipts":120}],
             "asOf":"2026-12-02T10:41:07"}""";
    static final String ALERTS = """
            {"openWarnings":{"POINT_DAY_UNUSUAL":4,"FACILITY_OVER_CAPACITY":1,"MANIFEST_DISCREPANCY":2,"RECTIFICATION_OVERDUE":1},"openWarningsTotal":8,
             "newestWarnings":[{"id":1250,"kind":"FACILITY_OVER_CAPACITY","districtCode":"510183","day":"2026-12-01",
              "messageZh":"邛崃餐厨废弃物处置厂 2026-12-01 进场 112.4 吨，超过设计能力 100 吨/日",
              "messageEn":"QL-KW01 received 112.4 t on 2026-12-01, over its design capacity of 100 t/day","raisedAt":"2026-12-01T17:02:11"}],
             "lateReturns":[{"districtCode":"510104","districtName":"锦江区","districtNameEn":"Jinjiang","period":"2026-10","dueDate":"2026-11-05"}],
             "asOf":"2026-12-02T10:41:07"}""";
    static final String BAD_MONTH = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,"detail":"month must be a month such as 2026-11",
             "errors":[{"field":"month","message":"must be a month such as 2026-11"}]}""";

    @Inject
    WallBoard wall;
    @Inject
    Caller caller;

    @GET
    @Path("today")
    @Operation(summary = "Today's weighings in the city by category (current revisions), as they come in",
            description = "Summed in the database from the read model's weighing facts of the city's day; all four categories, zero where none.")
    @APIResponse(responseCode = "200", description = "Today's totals", content = @Content(mediaType = JSON, examples = @ExampleObject(name = "today", value = TODAY)))
    @APIResponse(responseCode = "403", description = "Only the bureau and administrators")
    public WallBoard.Today today() {
        return wall.today();
    }

    @GET
    @Path("flows")
    @Operation(summary = "A month's tonnes from collection through transfer to disposal (the Sankey of the wall screen)",
            description = "One row per kind of source (POINT, DISTRICT, PRODUCER for new waste; a facility kind for what a facility sent on) and kind of "
                    + "receiving facility, residues apart, summed from the monthly flow sums. totalKg is the new waste received.")
    @APIResponse(responseCode = "200", description = "The month's flows", content = @Content(mediaType = JSON, examples = @ExampleObject(name = "November", value = FLOWS)))
    @APIResponse(responseCode = "400", description = "Not a month, or a month to come",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "bad month", value = BAD_MONTH)))
    @APIResponse(responseCode = "403", description = "Only the bureau and administrators")
    public WallBoard.Flows flows(@Parameter(description = "yyyy-MM; this month when absent", example = "2026-11") @QueryParam("month") String month) {
        return wall.flows(month);
    }

    @GET
    @Path("alerts")
    @Operation(summary = "What needs attention: open warnings by kind (over capacity, manifest discrepancies, unusual point-days), the newest of them, "
            + "and the monthly returns of the last three months past due and not submitted",
            description = "Overdue kitchen-waste manifests are GET /kitchen-waste/manifests?overdue=true&size=5 (its total counts them all).")
    @APIResponse(responseCode = "200", description = "The alerts", content = @Content(mediaType = JSON, examples = @ExampleObject(name = "alerts", value = ALERTS)))
    @APIResponse(responseCode = "403", description = "Only the bureau and administrators")
    public WallBoard.Alerts alerts() {
        return wall.alerts(caller.actor());
    }
}
