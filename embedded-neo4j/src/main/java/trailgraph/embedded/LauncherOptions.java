package trailgraph.embedded;

import java.nio.file.Path;
import java.util.List;

/** Command-line options of the launcher; parsing failures throw {@link UsageException}. */
final class LauncherOptions {
    static final String USAGE = "usage: java -jar embedded-neo4j.jar [--port N] [--data-dir PATH]"
            + " [--page-cache SIZE] [--tx-timeout DURATION] [--plugins-dir PATH] [--unrestricted PATTERNS]"
            + " [--exit-on-stdin-close]";

    int port = 7687;
    Path dataDir = Path.of(".data", "neo4j");
    String pageCache = "64m";
    String txTimeout = "60s";
    /** Procedure jars (APOC for the benchmark's peer); null keeps Neo4j's default, <data-dir>/plugins. */
    Path pluginsDir = null;
    /** Procedure name patterns allowed full access, e.g. {@code apoc.*}; comma-separated on the command line. */
    List<String> unrestricted = List.of();
    /** Lets a parent that holds our stdin pipe stop us just by dying, even if it is SIGKILLed. */
    boolean exitOnStdinClose = false;

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    static LauncherOptions parse(String[] args) throws UsageException {
        LauncherOptions options = new LauncherOptions();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> options.port = parsePort(valueOf(args, ++i, arg));
                case "--data-dir" -> options.dataDir = Path.of(valueOf(args, ++i, arg));
                case "--page-cache" -> options.pageCache = valueOf(args, ++i, arg);
                case "--tx-timeout" -> options.txTimeout = valueOf(args, ++i, arg);
                case "--plugins-dir" -> options.pluginsDir = Path.of(valueOf(args, ++i, arg));
                case "--unrestricted" -> options.unrestricted = List.of(valueOf(args, ++i, arg).split(","));
                case "--exit-on-stdin-close" -> options.exitOnStdinClose = true;
                default -> throw new UsageException("unknown argument '" + arg + "'; " + USAGE);
            }
        }
        options.dataDir = options.dataDir.toAbsolutePath().normalize();
        if (options.pluginsDir != null) {
            options.pluginsDir = options.pluginsDir.toAbsolutePath().normalize();
        }
        return options;
    }

    private static String valueOf(String[] args, int index, String flag) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(flag + " needs a value; " + USAGE);
        }
        return args[index];
    }

    private static int parsePort(String raw) throws UsageException {
        try {
            int port = Integer.parseInt(raw);
            // Port 0 would make Neo4j pick one we could not report reliably; the caller picks instead.
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be an integer in 1..65535, got '" + raw + "'");
        }
    }
}
