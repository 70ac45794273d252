package net.wastenet.charges.rest;

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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import net.wastenet.charges.application.ChargeStatements;
import net.wastenet.charges.application.Commands.NewCompensationRate;
import net.wastenet.charges.application.Commands.NewTariff;
import net.wastenet.charges.application.PriceDesk;

import net.wastenet.charges.application.Views;
import net.wastenet.charges.application.Views.CommunityStatement;
import net.wastenet.charges.application.Views.CompensationView;
import net.wastenet.charges.application.Views.DistrictCharges;
import net.wastenet.charges.application.Views.FrozenVersion;
import net.wastenet.charges.application.Views.PickupRecord;
import net.wastenet.charges.application.Views.ProducerStatement;
import net.wastenet.charges.application.Views.RateView;
import net.wastenet.charges.application.Views.TariffView;
import net.wastenet.reporting.api.TableFiles;
import net.wastenet.shared.Caller;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Page;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Requests;
import net.wastenet.shared.RoleNames;
import net.wastenet.shared.Text;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Charges and compensation", description = "计量收费、分类计价: tariffs and statements; 跨区处理环境补偿: rates and amounts; frozen with the returns")
public class ChargesResource {
    private static final String JSON = MediaType.APPLICATION_JSON;

    @Inject
    PriceDesk prices;
    @Inject
    ChargeStatements statements;
    @Inject
    Caller caller;

    // ---- tariffs and rates --------------------------------------------------------------------

    @POST
    @Path("tariffs")
    @RolesAllowed(RoleNames.BUREAU)
    @Operation(summary = "Add a tariff version (bureau), valid from a day until the next version of its class and category",
            description = "Per tonne (a monthly quota at the base price, tiers above it) or per household and month (residential). "
                    + "Each day's weighings are priced at the version valid that day; a correction is a new version (of two from the same "
                    + "day, the later recorded counts).")
    @RequestBody(required = true, content = @Content(examples = {@ExampleObject(name = "non-residential kitchen waste", value = Examples.TARIFF),
            @ExampleObject(name = "residential, per household", value = Examples.HOUSEHOLD_TARIFF)}))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = TariffView.class), examples = @ExampleObject(name = "tariff", value = Examples.TARIFF_VIEW)))
    @APIResponse(responseCode = "200", description = "The same request again (same client key and body): the version stored first",
            content = @Content(mediaType = JSON, schema = @Schema(implementation = TariffView.class),
                    examples = @ExampleObject(name = "tariff", value = Examples.TARIFF_VIEW)))
    @APIResponse(responseCode = "400", description = "An invalid field: tiers without a quota, a tier cheaper than the one below, a per-household "
            + "price for a non-residential producer")
    @APIResponse(responseCode = "403", description = "Not the bureau")
    @APIResponse(responseCode = "409", description = "The code exists, or the client key was used for another body")
    public Response addTariff(NewTariff body) {
        var r = prices.addTariff(Requests.body(body), caller.actor());
        return r.created() ? Response.status(Response.Status.CREATED).entity(r.view()).build() : Response.ok(r.view()).build();
    }

    @GET
    @Path("tariffs")
    @Operation(summary = "The tariff versions, oldest first")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "versions", value = "{\"items\":[" + Examples.TARIFF_VIEW + "],\"total\":1}")))
    public Page<TariffView> tariffs() {
        List<TariffView> all = prices.tariffs();
        return new Page<>(all, all.size());
    }

    @GET
    @Path("tariffs/{code}")
    @Operation(summary = "A tariff version")
    @APIResponse(responseCode = "200", description = "The version", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "tariff", value = Examples.TARIFF_VIEW)))
    @APIResponse(responseCode = "404", description = "No such tariff")
    public TariffView tariff(@Parameter(example = "NR-KITCHEN-2026") @PathParam("code") String code) {
        return prices.tariff(code);
    }

    @POST
    @Path("compensation-rates")
    @RolesAllowed(RoleNames.BUREAU)
    @Operation(summary = "Add a compensation rate version (bureau) for a kind of plant, valid from a day until the next version",
            description = "A month's compensation uses the rate valid on its last day.")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "incineration", value = Examples.RATE)))
    @APIResponse(responseCode = "201", description = "Added", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = RateView.class), examples = @ExampleObject(name = "rate", value = Examples.RATE_VIEW)))
    @APIResponse(responseCode = "200", description = "The same request again: the version stored first", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = RateView.class), examples = @ExampleObject(name = "rate", value = Examples.RATE_VIEW)))
    @APIResponse(responseCode = "400", description = "An invalid field: a kind that neither treats nor disposes of waste, a negative rate")
    @APIResponse(responseCode = "403", description = "Not the bureau")
    @APIResponse(responseCode = "409", description = "The client key was used for another body")
    public Response addRate(NewCompensationRate body) {
        var r = prices.addRate(Requests.body(body), caller.actor());
        return r.created() ? Response.status(Response.Status.CREATED).entity(r.view()).build() : Response.ok(r.view()).build();
    }

    @GET
    @Path("compensation-rates")
    @Operation(summary = "The compensation rate versions, oldest first")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "versions", value = "{\"items\":[" + Examples.RATE_VIEW + "],\"total\":1}")))
    public Page<RateView> rates() {
        List<RateView> all = prices.rates();
        return new Page<>(all, all.size());
    }

    // ---- statements ---------------------------------------------------------------------------

    @GET
    @Path("charges")
    @Operation(summary = "A producer's statement for a month: each tier on exactly its kilograms, each day at the tariff valid that day",
            description = "From the weighed pickups of its kitchen waste (the manifests that name it). Frozen while its district's return "
                    + "for the month is locked; version= reads an earlier lock's.")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = ProducerStatement.class), examples = @ExampleObject(name = "above its quota", value = Examples.STATEMENT)))
    @APIResponse(responseCode = "400", description = "A bad code or period")
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "No such producer, or no such locked version")
    public ProducerStatement charges(@Parameter(example = "JJ-F001", required = true) @QueryParam("producerCode") String producerCode,
                                     @Parameter(description = "a month", example = "2026-11", required = true) @QueryParam("period") String period,
                                     @Parameter(description = "a lock's version (1 the first)", example = "1") @QueryParam("version") String version) {
        return statements.producer(producerCode, period, version(version), caller.actor());
    }

    @GET
    @Path("charges/producers")
    @Operation(summary = "The statements of a district's producers for a month, in code order, paged")
    @APIResponse(responseCode = "200", description = "A page of statements", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "statements", value = "{\"items\":[" + Examples.STATEMENT + "],\"total\":4}")))
    @APIResponse(responseCode = "400", description = "A bad district, period or page")
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "No such district")
    public Page<ProducerStatement> producerStatements(@Parameter(example = "510104", required = true) @QueryParam("districtCode") String districtCode,
                                                      @Parameter(example = "2026-11", required = true) @QueryParam("period") String period,
                                                      @Parameter(example = "0") @QueryParam("page") String page,
                                                      @Parameter(example = "50") @QueryParam("size") String size) {
        return statements.producers(districtCode, period, Requests.listing(null, null, null, page, size).page(), caller.actor());
    }

    @GET
    @Path("charges/records")
    @Operation(summary = "Drill-down of a producer's statement: the weighed pickups of the month it charges, in time order, paged")
    @APIResponse(responseCode = "200", description = "A page of pickups", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "pickups", value = Examples.PICKUPS)))
    @APIResponse(responseCode = "400", description = "A bad code, period or page")
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "No such producer")
    public Page<PickupRecord> records(@Parameter(example = "JJ-F001", required = true) @QueryParam("producerCode") String producerCode,
                                      @Parameter(example = "2026-11", required = true) @QueryParam("period") String period,
                                      @Parameter(example = "0") @QueryParam("page") String page,
                                      @Parameter(example = "50") @QueryParam("size") String size) {
        return statements.records(producerCode, period, Requests.listing(null, null, null, page, size).page(), caller.actor());
    }

    @GET
    @Path("charges/communities")
    @Operation(summary = "The statements of a district's communities for a month (their households at the residential tariffs), in code order, paged")
    @APIResponse(responseCode = "200", description = "A page of statements", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "statements", value = "{\"items\":[" + Examples.COMMUNITY_STATEMENT + "],\"total\":16}")))
    @APIResponse(responseCode = "400", description = "A bad district, period or page")
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "No such district")
    public Page<CommunityStatement> communityStatements(@Parameter(example = "510104", required = true) @QueryParam("districtCode") String districtCode,
                                                        @Parameter(example = "2026-11", required = true) @QueryParam("period") String period,
                                                        @Parameter(example = "0") @QueryParam("page") String page,
                                                        @Parameter(example = "50") @QueryParam("size") String size) {
        return statements.communities(districtCode, period, Requests.listing(null, null, null, page, size).page(), caller.actor());
    }

    @GET
    @Path("charges/communities/{communityCode}")
    @Operation(summary = "A community's statement for a month")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = CommunityStatement.class), examples = @ExampleObject(name = "statement", value = Examples.COMMUNITY_STATEMENT)))
    @APIResponse(responseCode = "400", description = "A bad period")
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "No such community, or no such locked version")
    public CommunityStatement communityStatement(@Parameter(example = "JJ-C001") @PathParam("communityCode") String communityCode,
                                                 @Parameter(example = "2026-11", required = true) @QueryParam("period") String period,
                                                 @Parameter(example = "1") @QueryParam("version") String version) {
        return statements.community(communityCode, period, version(version), caller.actor());
    }

    @GET
    @Path("charges/communities/{communityCode}/records")
    @Operation(summary = "Drill-down of a community's statement line: its serving points' days of the category, each with the share that "
            + "counts for the community (kg x its households / all the households the point serves, to the gram), paged")
    @APIResponse(responseCode = "200", description = "A page of point-days", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "point-days", value = Examples.COMMUNITY_RECORDS)))
    @APIResponse(responseCode = "400", description = "A bad period, category or page")
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "No such community")
    public Page<Views.CommunityRecord> communityRecords(@Parameter(example = "JJ-C001") @PathParam("communityCode") String communityCode,
                                                        @Parameter(example = "2026-11", required = true) @QueryParam("period") String period,
                                                        @Parameter(example = "KITCHEN", required = true) @QueryParam("category") String category,
                                                        @Parameter(example = "0") @QueryParam("page") String page,
                                                        @Parameter(example = "50") @QueryParam("size") String size) {
        return statements.communityRecords(communityCode, period, category, Requests.listing(null, null, null, page, size).page(), caller.actor());
    }

    @GET
    @Path("charges/districts")
    @Operation(summary = "Each district's charges for a month: residential, non-residential and total (an officer: their own district)",
            description = "With districtCode, only that district's (priced alone: a page showing one district need not price the city).")
    @APIResponse(responseCode = "200", description = "One per district", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "districts", value = "{\"items\":[" + Examples.DISTRICT + "],\"total\":1}")))
    @APIResponse(responseCode = "400", description = "A bad period")
    @APIResponse(responseCode = "403", description = "Neither the bureau nor a district officer; a district not yours")
    @APIResponse(responseCode = "404", description = "Unknown district")
    public Page<DistrictCharges> districtCharges(@Parameter(example = "2026-11", required = true) @QueryParam("period") String period,
                                                 @Parameter(description = "Only this district", example = "510104")
                                                 @QueryParam("districtCode") String districtCode) {
        List<DistrictCharges> all = statements.districts(period, districtCode, caller.actor());
        return new Page<>(all, all.size());
    }

    @GET
    @Path("charges/export")
    @Produces({TableFiles.CSV, TableFiles.XLSX})
    @Operation(summary = "A district's statements for a month as CSV or XLSX: producers then communities, a row per line")
    @APIResponse(responseCode = "200", description = "The file (attachment)", content = {
        @Content(mediaType = TableFiles.CSV, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "statements.csv",
                value = Examples.CSV)),
        @Content(mediaType = TableFiles.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"),
                examples = @ExampleObject(name = "statements.xlsx", value = "(binary workbook, one sheet, the CSV's columns)"))})
    @APIResponse(responseCode = "400", description = "A bad district, period or format")
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "No such district")
    public Response export(@Parameter(example = "510104", required = true) @QueryParam("districtCode") String districtCode,
                           @Parameter(example = "2026-11", required = true) @QueryParam("period") String period,
                           @Parameter(description = "csv (default) or xlsx", example = "xlsx") @QueryParam("format") String format) {
        String f = format == null ? "csv" : format;
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw new InvalidInputException("format", Text.of("must be csv or xlsx", "必须是 csv 或 xlsx"));
        }
        Views.StatementsTable table = statements.table(districtCode, period, caller.actor());
        StreamingOutput body = out -> {
            if (f.equals("csv")) {
                TableFiles.csv(table.headers(), table.rows(), out);
            } else {
                TableFiles.xlsx(table.title(), table.headers(), table.rows(), out);
            }
        };
        return Response.ok(body, f.equals("csv") ? TableFiles.CSV : TableFiles.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + table.fileName() + "." + f + "\"").build();
    }

    @GET
    @Path("charges/versions")
    @Operation(summary = "Every locked version of a district's month, oldest first: a reopened and relocked return keeps both")
    @APIResponse(responseCode = "200", description = "The versions", content = @Content(mediaType = JSON,
            examples = @ExampleObject(name = "relocked", value = Examples.VERSIONS)))
    @APIResponse(responseCode = "400", description = "A bad district or period")
    @APIResponse(responseCode = "403", description = "Not your district")
    @APIResponse(responseCode = "404", description = "No such district")
    public Page<FrozenVersion> versions(@Parameter(example = "510104", required = true) @QueryParam("districtCode") String districtCode,
                                        @Parameter(example = "2026-11", required = true) @QueryParam("period") String period) {
        List<FrozenVersion> all = statements.versions(districtCode, period, caller.actor());
        return new Page<>(all, all.size());
    }

    // ---- compensation -------------------------------------------------------------------------

    @GET
    @Path("compensation")
    @Operation(summary = "Cross-district compensation for a month: each (payer, host, plant) with the attributed tonnes, the rate and the amount; "
                    + "each district's owed, received and net",
            description = "The tonnes are those the indicators' drill-down counts for the payer at that plant (records: the drill-down); "
                    + "a payer's lines are frozen while its return is locked. An officer sees the lines their district pays or receives.")
    @APIResponse(responseCode = "200", description = "The month's compensation", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = CompensationView.class), examples = @ExampleObject(name = "compensation", value = Examples.COMPENSATION)))
    @APIResponse(responseCode = "400", description = "A bad period")
    @APIResponse(responseCode = "403", description = "Neither the bureau nor a district officer")
    public CompensationView compensation(@Parameter(example = "2026-11", required = true) @QueryParam("period") String period) {
        return statements.compensation(period, caller.actor());
    }

    private static Integer version(String v) {
        if (v == null) {
            return null;
        }
        Problems p = new Problems();
        Integer n = Parse.integer(v, "version", p);
        p.require(n == null || n >= 1, "version", "must be 1 or more", "必须大于或等于 1");
        p.throwIfAny();
        return n;
    }

}
