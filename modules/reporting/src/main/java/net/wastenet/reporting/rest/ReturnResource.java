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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import net.wastenet.reporting.application.ReturnDesk;
import net.wastenet.reporting.application.ReturnDesk.ReturnView;
import net.wastenet.reporting.application.ReturnDesk.Transition;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Page;
import net.wastenet.shared.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("returns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Returns", description = "District monthly and quarterly returns: submit, approve, lock, reopen")
public class ReturnResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    static final String RETURN = """
            {"districtCode":"510104","districtName":"锦江区","districtNameEn":"Jinjiang","period":"2026-09","from":"2026-09-01",
             "to":"2026-09-30","status":"SUBMITTED","dueDate":"2026-10-05","late":false,"submittedAt":"2026-10-03T09:12:00",
             "openWarnings":0}""";
    static final String LOCKED = """
            {"districtCode":"510104","districtName":"锦江区","districtNameEn":"Jinjiang","period":"2026-09","from":"2026-09-01",
             "to":"2026-09-30","status":"LOCKED","dueDate":"2026-10-05","late":false,"submittedAt":"2026-10-03T09:12:00",
             "openWarnings":0,"signed":{"version":1,"signedAt":"2026-10-08T16:40:00","signedBy":"bureau","definitionSet":"default-1",
             "figures":""" + IndicatorResource.ANSWER + """
            },
             "history":[{"action":"SUBMIT","fromStatus":"DRAFT","toStatus":"SUBMITTED","at":"2026-10-03T09:12:00","by":"officer-jj"},
                        {"action":"APPROVE","fromStatus":"SUBMITTED","toStatus":"APPROVED","at":"2026-10-08T16:35:00","by":"bureau"},
                        {"action":"LOCK","fromStatus":"APPROVED","toStatus":"LOCKED","at":"2026-10-08T16:40:00","by":"bureau"}]}""";
    static final String TRANSITION = "{\"action\":\"REOPEN\",\"reason\":\"锦江区补报 9 月 12 日漏登的厨余垃圾 / late kitchen-waste entries of 12 Sep\"}";

    @Inject
    ReturnDesk desk;
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "Each district's return for a month (2026-09) or a quarter (2026-Q3): status, due date, lateness, open warnings")
    @APIResponse(responseCode = "200", description = "The returns the caller may read (the bureau: every district)",
            content = @Content(mediaType = JSON, examples = @ExampleObject(name = "September", value = "{\"items\":[" + RETURN + "],\"total\":1}")))
    @APIResponse(responseCode = "400", description = "Not a month or quarter")
    public Page<ReturnView> list(@Parameter(description = "a month 2026-09 or a quarter 2026-Q3", example = "2026-09", required = true)
                                 @QueryParam("period") String period) {
        List<ReturnView> items = desk.list(period, caller.actor());
        return new Page<>(items, items.size());
    }

    @GET
    @Path("{districtCode}/{period}")
    @Operation(summary = "One return with its whole history and every signed version")
    @APIResponse(responseCode = "200", description = "The return", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "locked", value = LOCKED)))
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "No such district")
    public ReturnView one(@Parameter(example = "510104") @PathParam("districtCode") String districtCode,
                          @Parameter(example = "2026-09") @PathParam("period") String period) {
        return desk.one(districtCode, period, caller.actor());
    }

    @POST
    @Path("{districtCode}/{period}/transitions")
    @Operation(summary = "Move a return: SUBMIT (district officer), APPROVE, LOCK, REOPEN with a reason (bureau)",
            description = "LOCK stores the figures as signed with the definition set used; while locked, records dated in the period "
                    + "answer 409 and GET /indicators for the district and period answers the signed figures. A re-lock adds a version.")
    @RequestBody(required = true, content = @Content(examples = {
            @ExampleObject(name = "submit", value = "{\"action\":\"SUBMIT\"}"),
            @ExampleObject(name = "reopen", value = TRANSITION)}))
    @APIResponse(responseCode = "200", description = "The return after the transition", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "locked", value = LOCKED)))
    @APIResponse(responseCode = "400", description = "Unknown action, a reopening without a reason")
    @APIResponse(responseCode = "403", description = "Not your role or district")
    @APIResponse(responseCode = "409", description = "Not allowed from the current status, unconfirmed warnings, period not over, or changed meanwhile")
    public ReturnView transition(@Parameter(example = "510104") @PathParam("districtCode") String districtCode,
                                 @Parameter(example = "2026-09") @PathParam("period") String period, Transition body) {
        return desk.transition(districtCode, period, Requests.body(body), caller.actor());
    }
}
