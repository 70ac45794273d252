package net.wastenet.reporting.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import net.wastenet.reporting.application.Completeness;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("completeness")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Returns", description = "District monthly and quarterly returns: submit, approve, lock, reopen")
public class CompletenessResource {
    static final String BOARD = """
            {"districtCode":"510104","from":"2026-10-01","to":"2026-10-31","activePoints":48,"completePoints":46,"missingPoints":2,
             "points":[{"pointCode":"JJ-P007","name":"锦江区 7 号投放点","kind":"SORTING_POINT","activeDays":31,"daysLogged":29,
                        "daysWithoutEntries":["2026-10-02","2026-10-03"]}],
             "facilities":[{"facilityCode":"JJ-SC02","name":"锦江区再生资源分拣中心（二）","kind":"SORTING_CENTRE","daysInService":31,
                            "reportedNothing":false,"daysWithoutRecords":["2026-10-01"]}],
             "lateReturns":[],
             "overdueRectifications":[{"rectificationId":6,"communityCode":"JJ-C004","openedOn":"2026-10-12","dueDate":"2026-10-19",
                                       "status":"OPEN","asOf":"2026-10-31","daysOverdue":12}]}""";

    @Inject
    Completeness completeness;
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Completeness board of a district: points without entries on active days, facilities without records, late returns, "
            + "overdue rectifications",
            description = "Days up to yesterday count; today is still being logged. At most 92 days. `points` is one page of the "
                    + "points with days without entries (fewest days logged first; `missingPoints` in all); facilities, late "
                    + "returns and the communities' rectifications overdue on the period's last day (today while it runs; "
                    + "earliest due first) are listed whole.")
    @APIResponse(responseCode = "200", description = "What is missing", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "October", value = BOARD)))
    @APIResponse(responseCode = "400", description = "Bad district code or period")
    @APIResponse(responseCode = "403", description = "Not your district")
    public Completeness.Board board(@Parameter(example = "510104", required = true) @QueryParam("districtCode") String districtCode,
                                    @Parameter(example = "2026-10-01", required = true) @QueryParam("from") String from,
                                    @Parameter(example = "2026-10-31", required = true) @QueryParam("to") String to,
                                    @Parameter(example = "0") @QueryParam("page") String page,
                                    @Parameter(example = "50") @QueryParam("size") String size) {
        var listing = Requests.listing(null, from, to, page, size);
        return completeness.board(districtCode, Requests.period(from, to), listing.page(), caller.actor());
    }
}
