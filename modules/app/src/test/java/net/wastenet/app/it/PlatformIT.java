package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What integrators and operators rely on: the OpenAPI document and the health checks. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    @Test
    void theOpenApiDocumentListsEveryEndpointOfTheContractWithExamples() {
        Api root = new Api(url).atServerRoot();
        var reply = root.get("openapi?format=JSON", null);
        assertEquals(200, reply.status(), "the OpenAPI document needs no credentials");
        JsonObject paths = reply.json().getJsonObject("paths");
        List<String> contract = List.of("/api/v1/districts", "/api/v1/districts/{code}", "/api/v1/communities",
                "/api/v1/communities/{code}", "/api/v1/points", "/api/v1/points/{code}", "/api/v1/points/{code}/status",
                "/api/v1/tonnage-logs", "/api/v1/tonnage-logs/{id}", "/api/v1/tonnage-logs/{id}/corrections",
                "/api/v1/tonnage-logs/import", "/api/v1/facilities", "/api/v1/facilities/{code}",
                "/api/v1/facilities/{code}/receipts", "/api/v1/facilities/{code}/capacity",
                "/api/v1/facilities/{code}/mass-balance", "/api/v1/recyclables/transfers");
        for (String path : contract) {
            assertTrue(paths.keySet().stream().anyMatch(p -> p.endsWith(path)), path + " is missing from " + paths.keySet());
        }
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var op : path.getValue().asJsonObject().entrySet()) {
                if (op.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                operations++;
                // named examples of a body or an answer, or (an operation with neither, such as a DELETE answering 204)
                // an example for each of its parameters
                String text = op.getValue().toString();
                assertTrue(text.contains("\"examples\"") || !text.contains("\"content\"") && text.contains("\"example\""),
                        op.getKey() + " " + path.getKey() + " has no example");
            }
        }
        assertTrue(operations >= 30, "every endpoint is documented: " + operations);
    }

    @Test
    void theOpenApiUiIsServed() {
        var ui = new Api(url).atServerRoot().get("openapi/ui/", null);
        assertEquals(200, ui.status());
        assertTrue(ui.text().toLowerCase().contains("swagger") || ui.text().toLowerCase().contains("openapi"));
    }

    @Test
    void readinessChecksTheMigratedDatabaseWithoutCredentials() {
        var ready = new Api(url).atServerRoot().get("health/ready", null);
        assertEquals(200, ready.status(), ready::toString);
        assertEquals("UP", ready.json().getString("status"));
        var database = ready.json().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        String configured = System.getenv().getOrDefault("WASTENET_DB_URL", "jdbc:h2:");
        assertEquals(configured.startsWith("jdbc:postgresql:") ? "PostgreSQL" : "H2", database.getJsonObject("data").getString("database"),
                "readiness names the database the server was configured with");
        assertFalse(new Api(url).atServerRoot().get("health/live", null).text().contains("DOWN"));
    }

    @Test
    void anUnknownPathAndAWrongPasswordAnswerProblemDetails() {
        Api api = new Api(url);
        var missing = api.get("api/v1/no-such-thing", "admin");
        assertEquals(404, missing.status());
        assertTrue(missing.isProblem(), missing::toString);
        var wrong = new Api(url).get("api/v1/points", "nobody");
        assertEquals(401, wrong.status());
    }
}
