package net.wastenet.reporting.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.wastenet.reporting.api.TableFiles;
import net.wastenet.reporting.application.Exports;
import net.wastenet.shared.Caller;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Languages;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("exports")
@RequestScoped
@Tag(name = "Indicators", description = "Coverage, recovery, resource-utilisation and harmless-treatment rates")
public class ExportResource {
    @Inject
    Exports exports;
    @Inject
    Caller caller;
    @Inject
    CityClock clock;
    @Context
    HttpHeaders headers;

    @GET
    @Path("{table}")
    @Produces({TableFiles.CSV, TableFiles.XLSX})
    @Operation(summary = "Download a table as CSV or XLSX with Chinese or English headers",
            description = "Tables: indicators (the city and every district you may read), ranking (districts by resource-utilisation "
                    + "rate), trend (monthly, for scope), completeness (districtCode), return (districtCode, period), carbon-projects (each facility's "
                    + "avoided emissions a month, the bureau's, ready to register as projects: a row a facility, route and month, a recycling "
                    + "processor's a row a material at the factor set's factor for it, or its RECYCLING factor; a month a new set starts "
                    + "within, a row for each part; each row names its factor, the landfill baseline and the set).")
    @APIResponse(responseCode = "200", description = "The file (attachment)", content = {
            @Content(mediaType = TableFiles.CSV, examples = {@ExampleObject(name = "ranking.csv", value = """
                    排名,区县代码,名称,资源化利用率（%）,与目标差距（百分点）,回收利用率（%）,覆盖率（%）,覆盖率差距（百分点）
                    1,510104,锦江区,68.12,3.12,38.40,96.20,3.20"""),
                    @ExampleObject(name = "carbon-projects.csv", description = "cd-carbon-2027: landfill 0.72, incineration 0.24, "
                            + "recycling −0.8, paper −1.2; no factor for metal or e-waste, so the recycling factor", value = """
                    月份,设施编码,设施名称,所在区（市）县,处理方式,细类,处理量（吨）,项目排放因子（吨二氧化碳当量/吨）,基准线排放因子（填埋，吨二氧化碳当量/吨）,减排量（吨二氧化碳当量）,排放因子集,方法学
                    2027-01,QBJ-PP01,青白江废纸再生加工厂,510113,RECYCLING,PAPER,1520.250000,-1.2000,0.7200,2918.880,cd-carbon-2027,基准线减项目排放（基准线：填埋）
                    2027-01,WX-INC01,万兴环保发电厂,510112,INCINERATION,,74400.000000,0.2400,0.7200,35712.000,cd-carbon-2027,基准线减项目排放（基准线：填埋）
                    2027-01,XD-MT03,新都金属与电子废弃物加工厂,510114,RECYCLING,E_WASTE,42.125000,-0.8000,0.7200,64.030,cd-carbon-2027,基准线减项目排放（基准线：填埋）
                    2027-01,XD-MT03,新都金属与电子废弃物加工厂,510114,RECYCLING,METAL,388.000000,-0.8000,0.7200,589.760,cd-carbon-2027,基准线减项目排放（基准线：填埋）""")}),
            @Content(mediaType = TableFiles.XLSX, examples = @ExampleObject(name = "ranking.xlsx", value = "(binary workbook, one sheet)"))})
    @APIResponse(responseCode = "400", description = "Unknown table or format, bad period")
    @APIResponse(responseCode = "403", description = "Not your district")
    public Response download(@Parameter(example = "ranking", schema = @Schema(type = SchemaType.STRING,
                                     enumeration = {"indicators", "ranking", "trend", "completeness", "return", "carbon-projects"})) @PathParam("table") String table,
                             @Parameter(description = "csv or xlsx", example = "xlsx") @QueryParam("format") String format,
                             @Parameter(description = "zh or en; default from Accept-Language", example = "zh") @QueryParam("lang") String lang,
                             @Parameter(description = "CITY or a district (trend)", example = "CITY") @QueryParam("scope") String scope,
                             @Parameter(description = "first day (default: first of last month)", example = "2026-10-01") @QueryParam("from") String from,
                             @Parameter(description = "last day (default: end of last month)", example = "2026-10-31") @QueryParam("to") String to,
                             @Parameter(description = "district (completeness, return)", example = "510104") @QueryParam("districtCode") String districtCode,
                             @Parameter(description = "return period (return)", example = "2026-10") @QueryParam("period") String period) {
        String f = format == null ? "csv" : format;
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw new InvalidInputException("format", Text.of("must be csv or xlsx", "必须是 csv 或 xlsx"));
        }
        Locale locale;
        if (lang == null) {
            locale = Languages.choose(headers.getAcceptableLanguages());
        } else if (lang.equals("zh") || lang.equals("en")) {
            locale = lang.equals("zh") ? Languages.ZH : Languages.EN;
        } else {
            throw new InvalidInputException("lang", Text.of("must be zh or en", "必须是 zh 或 en"));
        }
        Problems p = new Problems();
        var lastMonth = clock.today().withDayOfMonth(1).minusMonths(1);
        var first = Parse.date(from, "from", false, p);
        var last = Parse.date(to, "to", false, p);
        p.throwIfAny();
        DateRange range = net.wastenet.shared.Requests.period(String.valueOf(first == null ? lastMonth : first),
                String.valueOf(last == null ? lastMonth.withDayOfMonth(lastMonth.lengthOfMonth()) : last));
        Exports.Table t = exports.table(table, scope, range, period, districtCode, caller.actor(), locale);
        StreamingOutput body = out -> {
            if (f.equals("csv")) {
                TableFiles.csv(t.headers(), t.rows(), out);
            } else {
                TableFiles.xlsx(t.title(), t.headers(), t.rows(), out);
            }
        };
        String name = t.fileName() + "." + f;
        return Response.ok(body, f.equals("csv") ? TableFiles.CSV : TableFiles.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .build();
    }
}
