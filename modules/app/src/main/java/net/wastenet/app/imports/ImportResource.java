package net.wastenet.app.imports;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import net.wastenet.shared.Caller;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Languages;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
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

/** Bulk imports of CSV files: a year of a district's history in one go, loaded by a Jakarta Batch job. */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk imports", description = "Large CSV files loaded in the background, restartable, with progress and per-row errors")
public class ImportResource {
    static final String VIEW = """
            {"accepted":412000,"alreadyStored":0,"fileName":"jinjiang-2025.csv","finishedAt":null,"id":150,"percent":41.2,
             "recordType":"tonnage-logs","rejectedRows":3,"rowsDone":412003,"runs":1,"startedAt":"2026-11-28T10:15:02+08:00",
             "status":"RUNNING","submittedAt":"2026-11-28T10:15:01+08:00","submittedBy":"station-jj01","totalRows":1000000}""";
    static final String QUEUED = """
            {"accepted":0,"alreadyStored":0,"fileName":"jinjiang-2025.csv","finishedAt":null,"id":150,"percent":0.0,
             "recordType":"tonnage-logs","rejectedRows":0,"rowsDone":0,"runs":0,"startedAt":null,"status":"QUEUED",
             "submittedAt":"2026-11-28T10:15:01+08:00","submittedBy":"station-jj01","totalRows":1000000}""";
    static final String CSV = """
            pointCode,category,material,weightKg,weighedAt,clientKey
            JJ-P001,KITCHEN,,152.5,2025-03-05T08:30:00+08:00,jj-2025-000001
            JJ-P001,RECYCLABLE,PAPER,31.2,2025-03-05T08:41:00+08:00,jj-2025-000002
            """;
    static final String REJECTIONS = """
            {"items":[{"field":"weightKg","line":7,"message":"must be more than 0 and at most 100000 kg"},
             {"field":"pointCode","line":12,"message":"no collection point has the code 'JJ-P999'"}],"total":2}""";
    static final String TOO_LONG = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,
             "detail":"material line 3, column 3: the field is longer than 1024 characters (a quote left open?); a field has at most 1024",
             "errors":[{"field":"material","message":"line 3, column 3: the field is longer than 1024 characters (a quote left open?); a field has at most 1024"}]}""";
    static final String PROBLEM = """
            {"type":"urn:wastenet:problem:invalid-input","title":"Invalid input","status":400,
             "detail":"header lacks the column(s) [clientKey]","errors":[{"field":"header","message":"lacks the column(s) [clientKey]; the header is pointCode,category,material,weightKg,weighedAt,clientKey"}]}""";

    @Inject
    ImportDesk desk;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({RoleNames.ADMIN, RoleNames.STATION_STAFF, RoleNames.FACILITY_OPERATOR})
    @Operation(summary = "Send a CSV file to import in the background",
            description = "The file (UTF-8, header line, up to 1 GiB) is kept on disk before the answer; its header is checked and its rows "
                    + "counted, then the bulk-import job loads it in chunks, each in one transaction with its progress. Record types and "
                    + "their headers: GET /imports/record-types. Station staff import tonnage logs at their points, facility operators "
                    + "receipts and transfers at their facilities; each row is checked as the single-record API checks it. A retry with "
                    + "the same clientKey and file answers 200 with the first import; with another file, 409.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "weighings", value = CSV)))
    @APIResponse(responseCode = "202", description = "Received and on disk; the job is loading it (Location: the import)",
            content = @Content(schema = @Schema(implementation = ImportDesk.ImportView.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "queued", value = QUEUED)))
    @APIResponse(responseCode = "200", description = "A retry: the import created by the first call",
            content = @Content(schema = @Schema(implementation = ImportDesk.ImportView.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "retry", value = VIEW)))
    @APIResponse(responseCode = "400", description = "Unknown record type, header lacking a column, not readable CSV, a field over 1,024 "
            + "characters or a row over 8,192 (named by its column, with its line)",
            content = @Content(mediaType = "application/problem+json", examples = {@ExampleObject(name = "problem", value = PROBLEM),
                    @ExampleObject(name = "field too long", value = TOO_LONG)}))
    @APIResponse(responseCode = "403", description = "The record type is not one the caller may import")
    @APIResponse(responseCode = "409", description = "clientKey used already for another file")
    @APIResponse(responseCode = "413", description = "Larger than the server's limit (wastenet.imports.maxFileBytes, 1 GiB), or beyond the "
            + "submitter's quota of import files kept on the server (wastenet.imports.quotaBytesPerUser)")
    public Response submit(@Parameter(description = "tonnage-logs, receipts or transfers", required = true, example = "tonnage-logs")
                           @QueryParam("recordType") String recordType,
                           @Parameter(description = "the file's name, shown in the list", example = "jinjiang-2025.csv")
                           @QueryParam("fileName") String fileName,
                           @Parameter(description = "makes a retry of the upload safe", example = "jj-history-2025")
                           @QueryParam("clientKey") String clientKey,
                           @Parameter(description = "rows stored per transaction, 1 to 5000 (default: the server's setting); "
                                   + "a tuning knob only, every row's outcome is the same whatever it is", example = "1000")
                           @QueryParam("chunkSize") String chunkSize,
                           InputStream body) {
        ImportDesk.Submitted s = desk.submit(blank(recordType), blank(fileName), clientKey, chunkSize(chunkSize), body, caller.actor());
        if (!s.created()) {
            return Response.ok(s.view()).build();
        }
        return Response.accepted(s.view()).location(uri.getBaseUriBuilder().path("imports").path(String.valueOf(s.view().id())).build())
                .build();
    }

    @GET
    @Path("record-types")
    @Operation(summary = "The record types a file can hold, and the header each needs")
    @APIResponse(responseCode = "200", description = "The types", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "types", value = """
                    [{"header":["facilityCode","date","category","material","sourceDistrictCode","fromFacilityCode","weightKg","clientKey"],"recordType":"receipts"},
                     {"header":["pointCode","category","material","weightKg","weighedAt","clientKey"],"recordType":"tonnage-logs"},
                     {"header":["fromPointCode","fromFacilityCode","toFacilityCode","material","weightKg","transferredAt","clientKey"],"recordType":"transfers"}]""")))
    public List<ImportDesk.RecordTypeView> recordTypes() {
        return desk.recordTypes();
    }

    @GET
    @Operation(summary = "Imports, newest first: one's own (the bureau and administrators: everyone's)")
    @APIResponse(responseCode = "200", description = "A page of imports",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "page", value = "{\"items\":[" + VIEW + "],\"total\":1}")))
    public Page<ImportDesk.ImportView> list(@Parameter(example = "0") @QueryParam("page") String page,
                                            @Parameter(example = "50") @QueryParam("size") String size) {
        return desk.list(paging(page, size), caller.actor());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An import's status and progress",
            description = "status: QUEUED, RUNNING, STOPPING, STOPPED, FAILED or COMPLETED. rowsDone, the counts and percent are those of "
                    + "committed chunks: exact at any moment, and after any crash.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "running", value = VIEW)))
    @APIResponse(responseCode = "403", description = "Not the caller's import")
    @APIResponse(responseCode = "404", description = "No such import")
    public ImportDesk.ImportView find(@Parameter(example = "150") @PathParam("id") String id) {
        return desk.find(Requests.id(id, "id"), caller.actor());
    }

    @GET
    @Path("{id}/rejections")
    @Operation(summary = "The rows an import refused: line (the header is line 1), field, why (in the reader's language)")
    @APIResponse(responseCode = "200", description = "A page of refused rows, by line",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "two rows", value = REJECTIONS)))
    @APIResponse(responseCode = "403", description = "Not the caller's import")
    @APIResponse(responseCode = "404", description = "No such import")
    public Page<ImportDesk.RejectionView> rejections(@Parameter(example = "150") @PathParam("id") String id,
                                                     @Parameter(example = "0") @QueryParam("page") String page,
                                                     @Parameter(example = "50") @QueryParam("size") String size) {
        return desk.rejections(Requests.id(id, "id"), paging(page, size), Languages.choose(headers.getAcceptableLanguages()),
                caller.actor());
    }

    @POST
    @Path("{id}/stop")
    @RolesAllowed({RoleNames.ADMIN, RoleNames.STATION_STAFF, RoleNames.FACILITY_OPERATOR})
    @Operation(summary = "Stop a running import after its current chunk (its submitter or an administrator)")
    @APIResponse(responseCode = "200", description = "Stopping",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "stopping", value = VIEW)))
    @APIResponse(responseCode = "409", description = "Not running")
    public ImportDesk.ImportView stop(@Parameter(example = "150") @PathParam("id") String id) {
        return desk.stop(Requests.id(id, "id"), caller.actor());
    }

    @POST
    @Path("{id}/restart")
    @RolesAllowed({RoleNames.ADMIN, RoleNames.STATION_STAFF, RoleNames.FACILITY_OPERATOR})
    @Operation(summary = "Restart a stopped or failed import from its last committed chunk (its submitter or an administrator)",
            description = "An import interrupted by a crash or a restart of the server resumes by itself when the server starts again.")
    @APIResponse(responseCode = "200", description = "Restarted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "restarted", value = VIEW)))
    @APIResponse(responseCode = "409", description = "Neither stopped nor failed")
    public ImportDesk.ImportView restart(@Parameter(example = "150") @PathParam("id") String id) {
        return desk.restart(Requests.id(id, "id"), caller.actor());
    }

    private static PageRequest paging(String page, String size) {
        return Requests.listing(null, null, null, page, size).page();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer chunkSize(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("chunkSize", Text.of("must be a whole number of rows", "必须是整数行数"));
        }
    }
}
