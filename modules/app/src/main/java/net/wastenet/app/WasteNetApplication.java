package net.wastenet.app;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;

@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "WasteNet API", version = "1",
                description = "Household-waste sorting and recycling network: reference data, station tonnage log, "
                        + "flows, indicators. Errors are application/problem+json (RFC 9457) naming the field. "
                        + "Demo users are listed in the README (HTTP Basic). Every answer's schema is generated from the record "
                        + "the server writes; a property that is not required is left out when it has no value.",
                        contact = @Contact(name = "WasteNet operations (see docs/operations.md)")),
        servers = @Server(url = "/"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class WasteNetApplication extends Application {
}
