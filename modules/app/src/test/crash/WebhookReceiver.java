import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook side of the crash test: a receiver on loopback that was down while the server was killed.
 * Started after the kills, it must get a tonnage-log.recorded event for every acknowledged weighing (the
 * outbox row was committed with the weighing, so kill -9 between commit and sending loses none).
 * Args: port, the writers' acks file, seconds to wait. Exit 0 when every acknowledged id arrived.
 */
public class WebhookReceiver {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Set<String> acked = new HashSet<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            acked.add(line.split(" ")[2]);
        }
        long deadline = System.currentTimeMillis() + Long.parseLong(args[2]) * 1000;
        Set<String> got = ConcurrentHashMap.newKeySet();
        Pattern logId = Pattern.compile("\"event\":\"tonnage-log.recorded\".*\"logId\":(\\d+)");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = logId.matcher(body);
            if (m.find()) {
                got.add(m.group(1));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        while (!got.containsAll(acked) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        server.stop(0);
        Set<String> missing = new HashSet<>(acked);
        missing.removeAll(got);
        System.out.println("webhooks: " + acked.size() + " acknowledged weighings, " + got.size() + " events received, "
                + missing.size() + " missing" + (missing.isEmpty() ? "" : " (ids " + missing + ")"));
        System.out.println(missing.isEmpty() ? "webhooks after kill -9: 1 passed, 0 failed" : "webhooks after kill -9: 0 passed, 1 failed");
        System.exit(missing.isEmpty() ? 0 : 1);
    }
}
