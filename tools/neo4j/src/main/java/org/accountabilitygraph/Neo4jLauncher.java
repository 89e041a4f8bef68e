package org.accountabilitygraph;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;
import org.neo4j.io.fs.FileUtils;

/**
 * Runs Neo4j 5 Community in this JVM through Neo4j's test harness, for the
 * Accountability Graph's tests and demo.
 *
 * <pre>
 * java -Xmx512m -jar target/neo4j-launcher.jar --data DIR [--port N] [--password P] [--pagecache-mb N]
 * </pre>
 *
 * <ul>
 *   <li>{@code --data DIR}: where the store lives (DIR/data), and its logs (DIR/logs/debug.log).
 *       Kept between runs.</li>
 *   <li>{@code --port N}: Bolt port on 127.0.0.1; 0 or absent: a free one.</li>
 *   <li>{@code --password P}: the password of user neo4j; absent: the environment's NEO4J_PASSWORD.
 *       (The environment is better: arguments show in ps.) At least 8 characters.</li>
 *   <li>{@code --pagecache-mb N}: the page cache (off-heap), 64 MiB unless told.</li>
 * </ul>
 *
 * Authentication is on; HTTP and HTTPS are off. When the server is ready, exactly one line
 * {@code bolt://127.0.0.1:PORT} is printed to stdout; everything else goes to stderr or the log
 * files. SIGTERM or SIGINT stops the server cleanly and the process exits 0. The heap is the
 * JVM's -Xmx (512m suggested). Exit codes: 0 stopped cleanly, 1 failed to start or to stop, 2 bad usage.
 */
public final class Neo4jLauncher {
    private static final String USAGE =
            "usage: java -Xmx512m -jar neo4j-launcher.jar --data DIR [--port N] [--password P] [--pagecache-mb N]\n"
                    + "       (the password may come from the environment's NEO4J_PASSWORD instead)";

    private Neo4jLauncher() {}

    public static void main(String[] args) {
        // Only the ready line may reach stdout: everything else printed with System.out goes to stderr.
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        Path dataDir = null;
        int port = 0;
        String password = System.getenv("NEO4J_PASSWORD");
        long pagecacheMb = 64;
        try {
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--data" -> dataDir = Path.of(value(args, ++i, arg));
                    case "--port" -> port = Integer.parseInt(value(args, ++i, arg));
                    case "--password" -> password = value(args, ++i, arg);
                    case "--pagecache-mb" -> pagecacheMb = Long.parseLong(value(args, ++i, arg));
                    case "-h", "--help" -> {
                        System.err.println(USAGE);
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            if (dataDir == null) {
                throw new IllegalArgumentException("--data DIR is required");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535");
            }
            if (password == null || password.isEmpty()) {
                throw new IllegalArgumentException("no password: give --password or set NEO4J_PASSWORD");
            }
            if (password.length() < 8) {
                throw new IllegalArgumentException("the password must have at least 8 characters");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("neo4j-launcher: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        }

        // SIGTERM/SIGINT: stop on the main thread, then exit 0 (the JVM's default would be 143/130).
        // Installed before the start, so that a signal during the start also ends in a clean stop.
        CountDownLatch stopRequested = new CountDownLatch(1);
        for (String signal : new String[] {"TERM", "INT"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal), s -> stopRequested.countDown());
            } catch (Throwable e) {
                System.err.println("neo4j-launcher: cannot handle SIG" + signal + ": " + e);
            }
        }

        Neo4j neo4j;
        try {
            neo4j = start(dataDir.toAbsolutePath().normalize(), port, password, pagecacheMb);
        } catch (Throwable e) {
            System.err.println("neo4j-launcher: Neo4j failed to start: " + e);
            e.printStackTrace(System.err);
            Runtime.getRuntime().halt(1);
            return;
        }

        AtomicBoolean closed = new AtomicBoolean();
        AtomicBoolean closedCleanly = new AtomicBoolean();
        Runnable stop = () -> {
            if (closed.compareAndSet(false, true)) {
                System.err.println("neo4j-launcher: stopping");
                try {
                    neo4j.close();
                    closedCleanly.set(true);
                    System.err.println("neo4j-launcher: stopped");
                } catch (Throwable e) {
                    System.err.println("neo4j-launcher: error while stopping: " + e);
                    e.printStackTrace(System.err);
                }
            }
        };
        // Any other way out of the JVM (SIGHUP, System.exit elsewhere) still closes the store.
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "neo4j-launcher-shutdown"));

        if (stopRequested.getCount() > 0) {
            stdout.println("bolt://127.0.0.1:" + neo4j.boltURI().getPort());
            stdout.flush();
        }

        while (true) {
            try {
                stopRequested.await();
                break;
            } catch (InterruptedException e) {
                // keep waiting for a signal
            }
        }
        stop.run();
        System.exit(closedCleanly.get() ? 0 : 1);
    }

    private static Neo4j start(Path dataDir, int port, String password, long pagecacheMb) throws IOException {
        Files.createDirectories(dataDir);
        // The harness runs in a random sub-folder of its working dir and deletes it on close; we point
        // neo4j_home at DIR itself, so the store (DIR/data) and debug log (DIR/logs) stay. Only the
        // harness's own user log (DIR/run/<random>/neo4j.log) is deleted when the server stops, or at
        // the next start if this run was killed.
        long t0 = System.nanoTime();
        Path runDir = dataDir.resolve("run");
        Files.createDirectories(runDir);
        List<Path> stale;
        try (Stream<Path> entries = Files.list(runDir)) {
            stale = entries.collect(Collectors.toList());
        }
        Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(runDir)
                .withDisabledServer() // no HTTP, no HTTPS
                .withConfig(GraphDatabaseSettings.neo4j_home, dataDir)
                .withConfig(GraphDatabaseSettings.auth_enabled, true)
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pagecacheMb))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                // Bolt's Netty threads otherwise wait 5 s, twice, for work that never comes at shutdown.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        long t1 = System.nanoTime();
        try {
            setPassword(neo4j, password);
        } catch (Throwable e) {
            try {
                neo4j.close();
            } catch (Throwable suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        // We hold the store lock now, so the run folders of earlier runs (killed, or failed to start)
        // belong to no live server: remove them.
        for (Path path : stale) {
            if (path.getFileName().toString().matches("[0-9a-f]{32}")) {
                try {
                    FileUtils.deleteDirectory(path);
                } catch (IOException e) {
                    System.err.println("neo4j-launcher: could not remove " + path + ": " + e);
                }
            }
        }
        long t2 = System.nanoTime();
        System.err.printf(
                "neo4j-launcher: ready %d ms after JVM start (server %d ms, password %d ms)%n",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000);
        System.err.println("neo4j-launcher: Neo4j " + org.neo4j.kernel.internal.Version.getNeo4jVersion()
                + " ready; store in " + dataDir.resolve("data") + ", logs in " + dataDir.resolve("logs"));
        return neo4j;
    }

    /**
     * Sets the password of user neo4j through the system database (creating the user if it is
     * missing), with no change required at first login. The embedded API runs with full rights.
     */
    private static void setPassword(Neo4j neo4j, String password) {
        GraphDatabaseService system =
                neo4j.databaseManagementService().database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean exists = system.executeTransactionally(
                "SHOW USERS YIELD user WHERE user = 'neo4j' RETURN count(*) AS n",
                Map.of(),
                result -> ((Number) result.next().get("n")).longValue() > 0);
        if (!exists) {
            system.executeTransactionally(
                    "CREATE USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            return;
        }
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            // A restart with the same password: Neo4j refuses to "change" it to itself. Only the
            // password-change-required flag may still need clearing.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
        }
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }
}
