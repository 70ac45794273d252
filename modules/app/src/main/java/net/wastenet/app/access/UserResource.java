package net.wastenet.app.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.TreeSet;
import net.wastenet.shared.Caller;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Who is signed in; what is each user's (administrator)")
public class UserResource {
    private static final String SCOPE = """
            {"points":["JJ-P001","JJ-P002"],"districts":[],"haulers":[],"facilities":[]}""";
    private static final String ME = """
            {"username":"station-jj01","roles":["STATION_STAFF"],"scope":""" + SCOPE + "}";

    @Inject
    Caller caller;
    @Inject
    Scopes scopes;

    /** The signed-in user: name, roles, scope. */
    public record Me(String username, Set<Role> roles, Scopes.Scope scope) {
    }

    @GET
    @Path("me")
    @Operation(summary = "The signed-in user: roles and what is theirs")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "station staff", value = ME)))
    public Me me() {
        var a = caller.actor();
        return new Me(a.name(), new TreeSet<>(a.roles()), new Scopes.Scope(a.points(), a.districts(), a.haulers(), a.facilities()));
    }

    @GET
    @Path("users/{username}/scope")
    @RolesAllowed("ADMIN")
    @Operation(summary = "What is a user's: points, districts, haulers, facilities")
    @APIResponse(responseCode = "200", description = "The scope (empty for an unknown user)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "scope", value = SCOPE)))
    public Scopes.Scope scope(@PathParam("username") String username) {
        return scopes.of(username);
    }

    @PUT
    @Path("users/{username}/scope")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Replace what is a user's")
    @RequestBody(required = true, content = @Content(examples = @ExampleObject(name = "station staff of two points", value = SCOPE)))
    @APIResponse(responseCode = "200", description = "The new scope",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "scope", value = SCOPE)))
    @APIResponse(responseCode = "400", description = "A malformed code")
    @APIResponse(responseCode = "404", description = "An unknown point or district")
    public Scopes.Scope replace(@PathParam("username") String username, Scopes.Scope body) {
        if (body == null) {
            throw new InvalidInputException("body", Text.of("is required: send a JSON object", "为必填项：请发送 JSON 对象"));
        }
        return scopes.replace(username, body, caller.actor());
    }
}
