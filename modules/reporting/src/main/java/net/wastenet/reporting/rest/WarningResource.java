package net.wastenet.reporting.rest;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import net.wastenet.reporting.application.WarningDesk;
import net.wastenet.reporting.application.WarningDesk.WarningView;
import net.wastenet.shared.Caller;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Languages;
import net.wastenet.shared.Page;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("warnings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Returns", description = "District monthly and quarterly returns: submit, approve, lock, reopen")
public class WarningResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    static final String WARNING = """
            {"id":1250,"kind":"POINT_DAY_UNUSUAL","districtCode":"510104","day":"2026-09-12","recordRef":"point JJ-P001 2026-09-12",
             "message":"投放点 JJ-P001 在 2026-09-12 登记 1480.0 千克，超过前四周日均（310.5 千克）的 3 倍","confirmed":false,
             "raisedAt":"2026-09-12T18:02:11"}""";

    @Inject
    WarningDesk desk;
    @Inject
    Caller caller;
    @Inject
    CityClock clock;
    @Context
    HttpHeaders headers;

    /** A confirmation: the comment is required. */
    public record Confirmation(String comment) {
    }

    @GET
    @Operation(summary = "Soft warnings (unusual point day, facility over capacity, manifest discrepancy), newest first")
    @APIResponse(responseCode = "200", description = "The warnings the caller may read, message in the requested language",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "open", value = "{\"items\":[" + WARNING + "],\"total\":1}")))
    public Page<WarningView> list(@Parameter(example = "510104") @QueryParam("districtCode") String districtCode,
                                  @Parameter(example = "2026-09-01") @QueryParam("from") String from,
                                  @Parameter(example = "2026-09-30") @QueryParam("to") String to,
                                  @Parameter(description = "true, false or absent for both", example = "false") @QueryParam("confirmed") String confirmed,
                                  @Parameter(description = "POINT_DAY_UNUSUAL, FACILITY_OVER_CAPACITY, MANIFEST_DISCREPANCY, RECTIFICATION_OVERDUE") @QueryParam("kind") String kind,
                                  @Parameter(example = "0") @QueryParam("page") String page,
                                  @Parameter(example = "50") @QueryParam("size") String size) {
        var listing = Requests.listing(districtCode, from, to, page, size);
        Problems p = new Problems();
        Boolean c = Parse.bool(confirmed, "confirmed", p);
        p.throwIfAny();
        return desk.list(districtCode, listing.range(clock.today().minusYears(1), clock.today()), c, kind, listing.page(), caller.actor(),
                Languages.choose(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("{id}/confirmation")
    @Operation(summary = "Confirm a warning with a comment (district officer of its district, or the bureau); once")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "comment",
            value = "{\"comment\":\"中秋节前小区大扫除，数据属实 / community clean-up before the festival, figure checked\"}")))
    @APIResponse(responseCode = "200", description = "The confirmed warning", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "confirmed", value = WARNING)))
    @APIResponse(responseCode = "400", description = "No comment")
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "No such warning")
    @APIResponse(responseCode = "409", description = "Confirmed already")
    public WarningView confirm(@Parameter(example = "1250") @PathParam("id") String id, Confirmation body) {
        return desk.confirm(Requests.id(id, "id"), Requests.body(body).comment(), caller.actor(),
                Languages.choose(headers.getAcceptableLanguages()));
    }
}
