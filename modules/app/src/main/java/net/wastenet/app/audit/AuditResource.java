package net.wastenet.app.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import net.wastenet.shared.Caller;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail, read only: there is no write, update or delete for it in the API. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every change, who made it, when, why, before and after (read only)")
public class AuditResource {
    static final String ENTRY = """
            {"id":1350,"at":"2026-11-03T10:12:44","actor":"station-jj01","recordType":"tonnage-log","recordRef":"48215","action":"CORRECT",
             "reason":"称重时未去皮 / tare forgotten","before":{"id":48215,"revision":1,"pointCode":"JJ-P001","category":"KITCHEN","weightKg":152.500},
             "after":{"id":48215,"revision":2,"pointCode":"JJ-P001","category":"KITCHEN","weightKg":138.000}}""";

    @Inject
    AuditTrail trail;
    @Inject
    Caller caller;
    @Inject
    CityClock clock;

    @GET
    @Operation(summary = "The audit trail by record, user and period, newest first (bureau, administrators)",
            description = "`total` counts up to 10,000 matching entries; beyond, it says 10,000 with `totalCapped: true`. "
                    + "Page deep trails with `after` (the previous page's `next`) rather than a large `page`. "
                    + "Record types: district, community, point, tonnage-log, tonnage-import, facility, movement, stock-report, "
                    + "capacity-alert, hauler, vehicle, producer, route, run, manifest, treatment, definition-set, return, warning, user-scope.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "a correction", value = "{\"items\":[" + ENTRY + "],\"total\":1}"),
                    @ExampleObject(name = "a long trail", summary = "more than 10,000 entries match; the next page with after=1350",
                            value = "{\"items\":[" + ENTRY + "],\"total\":10000,\"totalCapped\":true,\"next\":1350}")}))
    @APIResponse(responseCode = "403", description = "Not the bureau or an administrator")
    public AuditTrail.TrailPage query(@Parameter(example = "tonnage-log") @QueryParam("recordType") String recordType,
                                            @Parameter(example = "48215") @QueryParam("recordRef") String recordRef,
                                            @Parameter(example = "station-jj01") @QueryParam("user") String user,
                                            @Parameter(description = "first day (default 30 days ago)", example = "2026-11-01") @QueryParam("from") String from,
                                            @Parameter(description = "last day (default today)", example = "2026-11-30") @QueryParam("to") String to,
                                            @Parameter(description = "only entries older than this entry id (the `next` of the "
                                                    + "previous page): a deep page without an offset", example = "1350")
                                            @QueryParam("after") String after,
                                            @Parameter(example = "0") @QueryParam("page") String page,
                                            @Parameter(example = "50") @QueryParam("size") String size) {
        var listing = Requests.listing(null, from, to, page, size);
        Long older = blank(after) == null ? null : Requests.id(after.strip(), "after");
        return trail.query(blank(recordType), blank(recordRef), blank(user), listing.range(clock.today().minusDays(30), clock.today()),
                older, listing.page(), caller.actor());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
