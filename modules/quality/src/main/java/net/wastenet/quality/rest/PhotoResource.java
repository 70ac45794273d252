package net.wastenet.quality.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import net.wastenet.shared.Caller;
import net.wastenet.shared.Idempotency;
import net.wastenet.shared.Page;
import net.wastenet.shared.Requests;
import net.wastenet.shared.RoleNames;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import net.wastenet.quality.application.PhotoDesk;
import net.wastenet.quality.application.Views.PhotoView;

@Path("photos")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality of sorting")
public class PhotoResource {
    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String PROBLEM = "application/problem+json";
    private static final String JPEG = "image/jpeg";
    private static final String PNG = "image/png";

    @Inject
    PhotoDesk photos;
    @Inject
    Caller caller;
    @Context
    HttpHeaders headers;

    @POST
    @Consumes({JPEG, PNG})
    @RolesAllowed({RoleNames.INSPECTOR, RoleNames.DISTRICT_OFFICER, RoleNames.HAULER})
    @Operation(summary = "Upload a photo: a JPEG or PNG image of at most 10 MiB, for an inspection, a rectification or a refusal at pickup",
            description = "The type is checked against the image's bytes. Kept with its SHA-256: the same image sent again by the same "
                    + "user answers 200 with the first photo. Served back (GET /photos/{id}) to its uploader and to whoever may read "
                    + "an inspection or rectification that uses it.")
    @RequestBody(required = true, content = {
            @Content(mediaType = JPEG, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"), examples = @ExampleObject(name = "jpeg", value = "(the JPEG image's bytes)")),
            @Content(mediaType = PNG, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary"), examples = @ExampleObject(name = "png", value = "(the PNG image's bytes)"))})
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = JSON,
            schema = @Schema(implementation = PhotoView.class), examples = @ExampleObject(name = "photo", value = Examples.PHOTO)))
    @APIResponse(responseCode = "200", description = "The same image again: the first photo")
    @APIResponse(responseCode = "413", description = "Over 10 MiB: nothing stored", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Not a JPEG or PNG image (by its type or its bytes): nothing stored",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not an image", value = Examples.NOT_AN_IMAGE)))
    public Response uploadPhoto(byte[] body) {
        String type = headers.getMediaType() == null ? null : headers.getMediaType().getType() + "/" + headers.getMediaType().getSubtype();
        var actor = caller.actor();
        PhotoDesk.Uploaded r = Idempotency.retryOnKeyClash(() -> photos.upload(body, type, actor));
        return r.created() ? Response.status(Response.Status.CREATED).entity(r.photo()).build() : Response.ok(r.photo()).build();
    }

    @GET
    @Path("{id}")
    @Produces({JPEG, PNG, JSON})
    @Operation(summary = "A photo's image: to its uploader and to readers of an inspection or rectification that uses it")
    @APIResponse(responseCode = "200", description = "The image", content = {
            @Content(mediaType = JPEG, examples = @ExampleObject(name = "jpeg", value = "(the JPEG image's bytes)")),
            @Content(mediaType = PNG, examples = @ExampleObject(name = "png", value = "(the PNG image's bytes)"))})
    @APIResponse(responseCode = "403", description = "Neither yours nor used by an inspection or rectification you may read")
    public Response photo(@PathParam("id") String id) {
        PhotoDesk.Image image = photos.image(Requests.id(id, "id"), caller.actor());
        return Response.ok(image.bytes(), image.contentType()).header("Cache-Control", "private, max-age=86400").build();
    }
}
