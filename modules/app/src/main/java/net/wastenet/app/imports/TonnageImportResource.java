package net.wastenet.app.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import net.wastenet.shared.Caller;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Languages;
import net.wastenet.shared.RoleNames;
import net.wastenet.shared.Text;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The contract's synchronous CSV import of weighings, as a thin front of the bulk import: the file is
 * submitted as a {@code tonnage-logs} import, the caller waits for the job, and the answer is its
 * outcome. One import path, one set of rules, whichever door a file comes in by.
 */
@Path("tonnage-logs/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tonnage log")
public class TonnageImportResource {
    static final String CSV = """
            pointCode,category,material,weightKg,weighedAt,clientKey
            JJ-P001,KITCHEN,HOUSEHOLD_KITCHEN,152.5,2026-03-05T08:30:00+08:00,jj01-20260305-001
            JJ-P001,RECYCLABLE,PAPER,-3,2026-03-05T09:10:00+08:00,
            """;
    static final String RESULT = """
            {"accepted":1,"alreadyStored":0,"rejected":[{"line":3,"field":"weightKg","message":"must be greater than 0 kg"}]}""";

    /** The answer: rows stored now, rows found stored already, and each refused row. */
    public record ImportAnswer(long accepted, long alreadyStored, List<ImportDesk.RejectionView> rejected) {
    }

    @Inject
    ImportDesk desk;
    @Inject
    Caller caller;
    @Context
    UriInfo uri;
    @Context
    HttpHeaders headers;
    @Inject
    @ConfigProperty(name = "wastenet.imports.synchronousWaitSeconds", defaultValue = "300")
    long waitSeconds;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed({RoleNames.STATION_STAFF, RoleNames.ADMIN})
    @Operation(summary = "Import weighings from CSV and wait for the outcome",
            description = "Header pointCode,category,material,weightKg,weighedAt,clientKey. The file becomes a bulk import "
                    + "(recordType tonnage-logs) and the answer waits for it: valid rows are stored, each bad row is reported; "
                    + "a row without clientKey gets one derived from its content, so importing the same file again stores nothing "
                    + "new. A file that takes longer than the server's wait (5 minutes by default) is answered 202 with the "
                    + "import to follow at its Location; large files belong to POST /imports.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", examples = @ExampleObject(name = "two rows", value = CSV)))
    @APIResponse(responseCode = "200", description = "What was stored and what was refused",
            content = @Content(schema = @Schema(implementation = ImportAnswer.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "result", value = RESULT)))
    @APIResponse(responseCode = "202", description = "Still loading after the wait: follow the import at its Location",
            content = @Content(schema = @Schema(implementation = ImportDesk.ImportView.class), mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "running", value = ImportResource.VIEW)))
    @APIResponse(responseCode = "409", description = "The import stopped or failed before its end (the rows done are stored): restart it",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "400", description = "No usable header",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "problem", value = ImportResource.PROBLEM)))
    public Response importCsv(InputStream csv) {
        var actor = caller.actor();
        ImportDesk.Submitted s = desk.submit("tonnage-logs", "tonnage-logs.csv", null, null, csv, actor);
        ImportDesk.ImportView v = desk.awaitEnd(s.view().id(), Duration.ofSeconds(waitSeconds), actor);
        if ("FAILED".equals(v.status()) || "STOPPED".equals(v.status())) {
            throw new ConflictException(null, Text.of("import " + v.id() + " " + v.status().toLowerCase(Locale.ROOT) + " after "
                    + v.rowsDone() + " of " + v.totalRows() + " rows (those are stored); restart it: POST /api/v1/imports/" + v.id()
                    + "/restart", "导入 " + v.id() + " 在 " + v.rowsDone() + "/" + v.totalRows() + " 行后中止（已完成的行已保存）；"
                    + "请重新启动：POST /api/v1/imports/" + v.id() + "/restart"));
        }
        if (!"COMPLETED".equals(v.status())) {
            return Response.accepted(v).location(uri.getBaseUriBuilder().path("imports").path(String.valueOf(v.id())).build()).build();
        }
        Locale locale = Languages.choose(headers.getAcceptableLanguages());
        return Response.ok(new ImportAnswer(v.accepted(), v.alreadyStored(), desk.allRejections(v.id(), locale, actor))).build();
    }
}
