package net.wastenet.quality.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import net.wastenet.quality.application.StandardStatus;
import net.wastenet.quality.application.Views.ContaminationView;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Page;
import net.wastenet.shared.Requests;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** At {@code communities/{code}/contamination}: more literal characters than {@code communities/{code}}, so it is matched first. */
@Path("communities/{code}/contamination")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality of sorting")
public class ContaminationResource {
    @Inject
    StandardStatus status;
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The contamination found at the points serving a community in a period",
            description = "Kitchen waste refused by a hauler at pickup (REFUSAL; repeated: flagged as a repeat) and loads rejected in part "
                    + "or whole at the plant (REJECTION, with the rejected kilograms), in day order. The district's readers and the bureau.")
    @APIResponse(responseCode = "200", description = "The community's refusals and rejections",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "contamination", value = Examples.CONTAMINATION)))
    @APIResponse(responseCode = "403", description = "Not a community of your district")
    @APIResponse(responseCode = "404", description = "Unknown community")
    public Page<ContaminationView> contamination(@PathParam("code") String code,
                                                 @Parameter(example = "2026-11-01", required = true) @QueryParam("from") String from,
                                                 @Parameter(example = "2026-11-30", required = true) @QueryParam("to") String to) {
        return status.contamination(code, Requests.period(from, to), caller.actor());
    }
}
