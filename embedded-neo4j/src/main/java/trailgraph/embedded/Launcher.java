package trailgraph.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.config.Setting;

/**
 * Runs an embedded Neo4j 5 Community DBMS that is reachable only over Bolt on 127.0.0.1.
 *
 * <p>Authentication is disabled on purpose: the connector binds to loopback only, so only
 * processes on this machine can reach it, and tests/dev tooling need no credentials. Drivers
 * connect with no auth (or any basic credentials, which are ignored).
 *
 * <p>Contract with callers (see src/db/embedded.ts): stdout carries exactly one line,
 * {@code trailgraph-neo4j ready bolt://127.0.0.1:<port>}, once Bolt accepts connections.
 * Failures print one line to stderr and exit non-zero: 2 bad arguments, 3 port in use,
 * 4 data directory locked by another process, 1 anything else. SIGTERM/SIGINT shut the DBMS
 * down cleanly through a shutdown hook. Neo4j's own logs go to {@code <data-dir>/logs}.
 */
public final class Launcher {
    static final String READY_PREFIX = "trailgraph-neo4j ready ";
    private static final String HOST = "127.0.0.1";
    private static final long DATABASE_AVAILABLE_TIMEOUT_MS = TimeUnit.MINUTES.toMillis(2);
    /** The packages Neo4j's own start script opens with --add-opens (see the jar manifest). */
    private static final List<String> REQUIRED_OPEN_PACKAGES = List.of("java.nio", "java.io", "sun.nio.ch");

    private static final int EXIT_FAILURE = 1;
    private static final int EXIT_USAGE = 2;
    private static final int EXIT_PORT_IN_USE = 3;
    private static final int EXIT_STORE_LOCKED = 4;

    private Launcher() {}

    public static void main(String[] args) {
        applyNeo4jSystemProperties();

        LauncherOptions options;
        DatabaseManagementServiceBuilder builder;
        try {
            options = LauncherOptions.parse(args);
            builder = configure(options);
        } catch (LauncherOptions.UsageException e) {
            throw fail(EXIT_USAGE, e.getMessage());
        }

        warnIfModulesClosed();
        if (!isPortFree(options.port)) {
            throw fail(EXIT_PORT_IN_USE, portInUseMessage(options.port));
        }

        // Registered before start-up so a signal that arrives once the DBMS exists still closes it.
        AtomicReference<DatabaseManagementService> running = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(running), "trailgraph-neo4j-shutdown"));

        try {
            running.set(builder.build());
            awaitReady(running.get(), options.port);
        } catch (Throwable t) {
            throw fail(exitCodeFor(t), describeStartFailure(t, options));
        }

        System.out.println(READY_PREFIX + "bolt://" + HOST + ":" + options.port);
        System.out.flush();

        if (options.exitOnStdinClose) {
            watchStdin();
        }
        blockForever();
    }

    /**
     * System properties from Neo4j's default JVM options that can still take effect when set
     * before any Neo4j/Netty class loads; an explicit -D from the caller wins.
     */
    private static void applyNeo4jSystemProperties() {
        setPropertyIfAbsent("io.netty.tryReflectionSetAccessible", "true");
        setPropertyIfAbsent("log4j2.disable.jmx", "true");
        setPropertyIfAbsent("jdk.nio.maxCachedBufferSize", "1024");
    }

    private static void setPropertyIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static DatabaseManagementServiceBuilder configure(LauncherOptions options)
            throws LauncherOptions.UsageException {
        Long pageCache = parseSetting(GraphDatabaseSettings.pagecache_memory, options.pageCache, "--page-cache");
        Duration txTimeout = parseSetting(GraphDatabaseSettings.transaction_timeout, options.txTimeout, "--tx-timeout");
        SocketAddress bolt = new SocketAddress(HOST, options.port);

        // The data directory doubles as NEO4J_HOME: stores land in <dir>/data, logs in <dir>/logs.
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(options.dataDir);
        if (options.pluginsDir != null) {
            builder.setConfig(GraphDatabaseSettings.plugin_dir, options.pluginsDir);
        }
        if (!options.unrestricted.isEmpty()) {
            builder.setConfig(GraphDatabaseSettings.procedure_unrestricted, options.unrestricted);
        }
        return builder
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(HOST))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                // Internal knobs: by default Bolt's Netty loop idles 5s after the databases have
                // already stopped, and a stuck client could hold shutdown for 5 minutes. Dev/test
                // restarts want neither; committed data is checkpointed before either applies.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(10));
    }

    /** Uses Neo4j's own parser so "64m", "1g", "60s", "2m" mean exactly what they mean in neo4j.conf. */
    @SuppressWarnings("unchecked") // every public Neo4j setting constant is a SettingImpl
    private static <T> T parseSetting(Setting<T> setting, String raw, String flag)
            throws LauncherOptions.UsageException {
        try {
            return ((SettingImpl<T>) setting).parse(raw);
        } catch (RuntimeException e) {
            throw new LauncherOptions.UsageException(flag + ": invalid value '" + raw + "' (" + oneLine(e.getMessage()) + ")");
        }
    }

    /** Neo4j fails deep in the kernel without these; say why up front instead. */
    private static void warnIfModulesClosed() {
        Module javaBase = Object.class.getModule();
        Module self = Launcher.class.getModule();
        List<String> closed = new ArrayList<>();
        for (String pkg : REQUIRED_OPEN_PACKAGES) {
            if (!javaBase.isOpen(pkg, self)) {
                closed.add(pkg);
            }
        }
        if (!closed.isEmpty()) {
            System.err.println("trailgraph-neo4j warning: java.base does not open " + closed
                    + " to the launcher; run it with `java -jar` (its manifest adds them) or pass --add-opens");
        }
    }

    /** A pre-check gives a clear message; Neo4j's own bind error is mapped the same way for races. */
    private static boolean isPortFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            // Netty binds with SO_REUSEADDR, so sockets in TIME_WAIT must not count as "in use".
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitReady(DatabaseManagementService dbms, int port) throws IOException {
        if (!dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(DATABASE_AVAILABLE_TIMEOUT_MS)) {
            throw new IOException("database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME
                    + "' did not become available within " + DATABASE_AVAILABLE_TIMEOUT_MS / 1000 + "s");
        }
        // Bolt starts with the DBMS, but only announce readiness once a client could really connect.
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 5_000);
        }
    }

    private static void shutdown(AtomicReference<DatabaseManagementService> running) {
        DatabaseManagementService dbms = running.getAndSet(null);
        if (dbms == null) {
            return;
        }
        try {
            dbms.shutdown();
            System.err.println("trailgraph-neo4j stopped");
        } catch (Throwable t) {
            System.err.println("trailgraph-neo4j error during shutdown: " + oneLine(String.valueOf(t)));
        }
    }

    /** EOF on stdin means the parent is gone; exiting runs the shutdown hook, so data is flushed. */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            try {
                while (in.read(buffer) >= 0) {
                    // Input is ignored; only the end of the stream matters.
                }
            } catch (IOException ignored) {
                // A broken pipe also means the parent is gone.
            }
            System.exit(0);
        }, "trailgraph-neo4j-stdin-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void blockForever() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int exitCodeFor(Throwable t) {
        if (hasCause(t, c -> c instanceof BindException || c.getClass().getSimpleName().equals("PortBindException"))) {
            return EXIT_PORT_IN_USE;
        }
        if (hasCause(t, c -> c.getClass().getSimpleName().equals("FileLockException"))) {
            return EXIT_STORE_LOCKED;
        }
        return EXIT_FAILURE;
    }

    private static String describeStartFailure(Throwable t, LauncherOptions options) {
        return switch (exitCodeFor(t)) {
            case EXIT_PORT_IN_USE -> portInUseMessage(options.port);
            case EXIT_STORE_LOCKED -> "data directory " + options.dataDir
                    + " is locked by another Neo4j process (is one already running on it?)";
            default -> "failed to start Neo4j: " + oneLine(String.valueOf(rootCause(t)))
                    + " (details: " + options.dataDir.resolve(Path.of("logs", "debug.log")) + ")";
        };
    }

    private static String portInUseMessage(int port) {
        return "port " + port + " on " + HOST + " is already in use";
    }

    private static boolean hasCause(Throwable t, Predicate<Throwable> test) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (test.test(c)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").trim();
    }

    /** Prints the single stderr line and exits; returns an error only so callers can `throw` it. */
    private static Error fail(int exitCode, String message) {
        System.err.println("trailgraph-neo4j: " + message);
        System.err.flush();
        System.exit(exitCode);
        return new AssertionError("unreachable");
    }
}
