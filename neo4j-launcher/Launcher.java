/*
 * A real Neo4j Community server for development and CI, without Docker or a tarball:
 * the embedded DBMS from org.neo4j:neo4j (jars fetched into lib/ by pom.xml) with its
 * Bolt connector on a loopback address and auth off. Run as a single source file:
 *
 *   java <flags> -cp 'lib/*' Launcher.java --dir DIR [--port 7687] [--host 127.0.0.1] [--pagecache 256m]
 *
 * Store and Neo4j's own logs live under DIR (DIR/data, DIR/logs). Once Bolt listens,
 * the bound port (useful with --port 0) is written atomically to DIR/bolt.port.
 * SIGTERM runs the shutdown hook, which shuts the DBMS down cleanly. scripts/neo4j-local
 * drives this file; see it for the JVM flags.
 */

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        Path dir = null;
        String host = "127.0.0.1";
        int port = 7687;
        long pageCache = parseBytes("256m");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                usage("missing value for " + a);
            }
            String v = args[++i];
            switch (a) {
                case "--dir" -> dir = Path.of(v).toAbsolutePath().normalize();
                case "--host" -> host = v;
                case "--port" -> port = Integer.parseInt(v);
                case "--pagecache" -> pageCache = parseBytes(v);
                default -> usage("unknown option " + a);
            }
        }
        if (dir == null) {
            usage("--dir is required");
        }
        Files.createDirectories(dir);
        Path portFile = dir.resolve("bolt.port");
        Files.deleteIfExists(portFile);

        long t0 = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(host))
                // The network is closed: no usage reports / telemetry that would try to call out.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(BoltConnector.server_bolt_telemetry_enabled, false)
                // LOAD CSV file:/// URLs resolve inside DIR/import only (embedded default: the whole disk,
                // readable even from a READ access-mode session).
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, dir.resolve("import"))
                // Small footprint: 2 cores / 24 GB are shared by many processes.
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.check_point_interval_time, Duration.ofMinutes(5))
                .setConfig(BoltConnector.thread_pool_max_size, 50)
                // Bolt stops after the databases are flushed and closed; its netty defaults add ~10 s of
                // idle waiting to every SIGTERM, which slows CI and dev restarts for nothing.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(5))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("neo4j-launcher: shutting down");
            try {
                dbms.shutdown();
                System.out.println("neo4j-launcher: stopped cleanly");
            } catch (Throwable e) {
                System.err.println("neo4j-launcher: shutdown failed: " + e);
            } finally {
                System.out.flush();
                stopped.countDown();
            }
        }, "neo4j-launcher-shutdown"));

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bound = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (bound == null) {
            System.err.println("neo4j-launcher: Bolt connector did not register a port");
            dbms.shutdown();
            System.exit(2);
        }
        Path tmp = dir.resolve("bolt.port.tmp");
        Files.writeString(tmp, bound.getPort() + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, portFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(Locale.ROOT, "neo4j-launcher: %s ready in %.1f s, bolt://%s:%d%n",
                db.databaseName(), (System.nanoTime() - t0) / 1e9, host, bound.getPort());
        System.out.flush();
        stopped.await();
    }

    private static long parseBytes(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        long mult = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            mult = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        return Long.parseLong(s) * mult;
    }

    private static void usage(String problem) {
        System.err.println("neo4j-launcher: " + problem);
        System.err.println("usage: Launcher.java --dir DIR [--port PORT] [--host HOST] [--pagecache SIZE]");
        System.exit(64);
    }
}
