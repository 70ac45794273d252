import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The webhook side of the crash test: a receiver on loopback that is up while the server is killed, so that
 * kills land between a weighing's commit and its event's sending, and during sending itself (each answer is
 * a few milliseconds slow). Nobody replays: the server must send every acknowledged weighing's event on its
 * own after each restart (the outbox row was committed with the weighing; a send cut short is sent again).
 *
 * <pre>
 * serve PORT RECEIVED DELAY_MS      answer 204 to every event, appending "eventId logId" to RECEIVED
 * check ACKS RECEIVED SECONDS       wait until every acknowledged weighing's event arrived; exit 1 if some never did
 * </pre>
 * An event received twice (same eventId: at least once allows it, when a kill cut its send short) is counted,
 * not failed; an event that never arrives fails.
 */
public class WebhookReceiver {
    private static final Pattern EVENT = Pattern.compile("\"eventId\":\"([^\"]+)\"");
    private static final Pattern LOG_ID = Pattern.compile("\"event\":\"tonnage-log.recorded\".*\"logId\":(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args[0].equals("serve")) {
            serve(Integer.parseInt(args[1]), Path.of(args[2]), Long.parseLong(args[3]));
        } else {
            System.exit(check(Path.of(args[1]), Path.of(args[2]), Long.parseLong(args[3])) ? 0 : 1);
        }
    }

    static void serve(int port, Path received, long delayMillis) throws IOException {
        Files.writeString(received, "");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher e = EVENT.matcher(body);
            Matcher l = LOG_ID.matcher(body);
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
            if (e.find() && l.find()) {
                synchronized (WebhookReceiver.class) {
                    Files.writeString(received, e.group(1) + " " + l.group(1) + "\n", StandardOpenOption.APPEND);
                }
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    static boolean check(Path acks, Path received, long seconds) throws Exception {
        Set<String> acked = new HashSet<>();
        for (String line : Files.readAllLines(acks)) {
            acked.add(line.split(" ")[2]);
        }
        long deadline = System.currentTimeMillis() + seconds * 1000;
        Set<String> got = new HashSet<>();
        Map<String, Integer> times = new HashMap<>();
        do {
            got.clear();
            times.clear();
            for (String line : lines(received)) {
                String[] f = line.split(" ");
                if (f.length == 2) {
                    times.merge(f[0], 1, Integer::sum);
                    got.add(f[1]);
                }
            }
            if (got.containsAll(acked)) {
                break;
            }
            Thread.sleep(500);
        } while (System.currentTimeMillis() < deadline);
        Set<String> missing = new HashSet<>(acked);
        missing.removeAll(got);
        long twice = times.values().stream().filter(n -> n > 1).count();
        System.out.println("webhooks: " + acked.size() + " acknowledged weighings, " + got.size() + " weighings' events received, "
                + missing.size() + " missing" + (missing.isEmpty() ? "" : " (ids " + missing + ")") + ", " + twice
                + " events received more than once (a send cut short by a kill), no replay asked");
        System.out.println(missing.isEmpty() ? "webhooks after kill -9: 1 passed, 0 failed" : "webhooks after kill -9: 0 passed, 1 failed");
        return missing.isEmpty();
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
