package net.wastenet.tools;

import java.util.Arrays;

/**
 * {@code java -jar modules/tools/target/wastenet-tools.jar COMMAND [options]}.
 * Commands: {@code city-year} ({@link CityYear}), {@code bench-start} ({@link StartBench}),
 * {@code bench-ingest} ({@link IngestBench}), {@code bench-indicators} ({@link IndicatorBench}),
 * {@code bench-import} and {@code import-file} ({@link ImportBench}), {@code bench-rebuild} ({@link RebuildBench}), {@code bench-dashboard} ({@link DashboardBench}),
 * {@code bench-charges} ({@link ChargesBench}).
 */
public final class Tools {
    private Tools() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            System.out.println("""
                    usage: java -jar wastenet-tools.jar city-year [--db JDBC_URL] [--user U] [--password P]
                                                         [--scale 1.0] [--seed 2026] [--days 365]
                      writes a deterministic synthetic Chengdu city-year into an empty WasteNet database
                      (migrating it first); scale 1.0 = 15,000 communities, 30,000 points, ~10 million weighings.
                      The default database is the embedded one of the server started by the README
                      (stop that server first: the embedded file is opened by one process at a time).
                    java -jar wastenet-tools.jar city-producers --db JDBC_URL [--producers 20000] [--month 2026-10] [--seed 2026]
                      adds the city's restaurants, canteens and markets and a month of their weighed pickups (PostgreSQL)
                    java -jar wastenet-tools.jar bench-start [--wlp DIR] [--server NAME] [--base URL] [--idle 10]
                    java -jar wastenet-tools.jar bench-ingest [--base URL] [--connections 32] [--seconds 20] [--max 200000]
                    java -jar wastenet-tools.jar bench-indicators --db JDBC_URL [--base URL] [--last-day D] [--days 365]
                    java -jar wastenet-tools.jar bench-import --db JDBC_URL [--base URL] [--rows 1000000] [--days 28] [--last-day D]
                    java -jar wastenet-tools.jar bench-rebuild [--base URL] [--pid-file F] [--check true]
                    java -jar wastenet-tools.jar bench-dashboard [--base URL] [--runs 3]
                    java -jar wastenet-tools.jar bench-charges --db JDBC_URL [--base URL] [--month 2026-10] [--district 510104]
                    java -jar wastenet-tools.jar import-file --db JDBC_URL --out FILE [--rows 10000] [--prefix P]
                      the benchmarks of docs/performance.md: each prints its figure, its ceiling and the ratio.""");
            return;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        switch (args[0]) {
            case "city-year" -> CityYear.main(rest);
            case "city-producers" -> CityProducers.main(rest);
            case "bench-ingest" -> IngestBench.main(rest);
            case "bench-indicators" -> IndicatorBench.main(rest);
            case "bench-start" -> StartBench.main(rest);
            case "bench-import" -> ImportBench.main(rest);
            case "bench-rebuild" -> RebuildBench.main(rest);
            case "bench-dashboard" -> DashboardBench.main(rest);
            case "bench-charges" -> ChargesBench.main(rest);
            case "import-file" -> ImportBench.file(rest);
            default -> {
                System.err.println("unknown command " + args[0] + " (try --help)");
                System.exit(2);
            }
        }
    }
}
