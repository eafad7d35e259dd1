package dev.actorgraph.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded, with the Bolt connector on the listen address (loopback
 * unless {@code --listen-address} says otherwise) and auth on, and serves Neo4j Browser's
 * static files from its Maven jar, on the same address, so the Browser connects to that Bolt port.
 *
 * <p>Whether a non-loopback address may be used with the password in hand is decided by the
 * Python side before it starts this launcher ({@code actorgraph neo4j start}).
 *
 * <p>Started by {@code actorgraph neo4j start}; the password comes from the environment
 * ({@code ACTORGRAPH_NEO4J_PASSWORD}) so it never shows in the process list. Prints one
 * {@code READY} line on stdout once Bolt accepts the configured credentials.
 */
public final class Launcher {
    private static final String BROWSER_PREFIX = "browser/";
    /** A Host header's host: a DNS name, an IPv4 address or a bracketed IPv6 literal, then
     *  an optional port. Anything else is not echoed into the discovery document. */
    private static final Pattern HOST_HEADER = Pattern.compile("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(?::[0-9]+)?$");

    private Launcher() {}

    public static void main(String[] argv) throws Exception {
        Map<String, String> opts = parseArgs(argv);
        Path home = Path.of(require(opts, "home")).toAbsolutePath();
        int boltPort = Integer.parseInt(require(opts, "bolt-port"));
        int httpPort = Integer.parseInt(opts.getOrDefault("http-port", "0"));
        String user = opts.getOrDefault("user", "neo4j");
        String password = System.getenv("ACTORGRAPH_NEO4J_PASSWORD");
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("ACTORGRAPH_NEO4J_PASSWORD is not set");
        }
        long pagecache = parseBytes(opts.getOrDefault("pagecache", "256m"));
        String listen = opts.getOrDefault("listen-address", "127.0.0.1");

        String plugins = opts.get("plugins");
        DatabaseManagementService dbms;
        if (plugins != null && Files.isDirectory(Path.of(plugins))) {
            try {
                dbms = builder(home, listen, boltPort, pagecache)
                        .setConfig(GraphDatabaseSettings.plugin_dir, Path.of(plugins).toAbsolutePath())
                        .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                        .build();
            } catch (RuntimeException e) {
                // APOC is a convenience for Browser users, never a requirement: start without it.
                System.out.println("WARN APOC did not load, starting without plugins: " + rootCause(e));
                dbms = builder(home, listen, boltPort, pagecache).build();
            }
        } else {
            dbms = builder(home, listen, boltPort, pagecache).build();
        }
        DatabaseManagementService service = dbms;
        CountDownLatch stopped = new CountDownLatch(1);
        HttpServer[] http = new HttpServer[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (http[0] != null) {
                http[0].stop(0);
            }
            service.shutdown();
            stopped.countDown();
        }, "actorgraph-neo4j-shutdown"));

        setCredentials(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), user, password);
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails fast if the default db is down
        String host = connectHost(listen);
        String bolt = "bolt://" + host + ":" + boltPort;
        String browserJar = opts.get("browser-jar");
        if (httpPort > 0 && browserJar != null) {
            http[0] = serveBrowser(Path.of(browserJar), listen, httpPort, host, boltPort);
        }
        System.out.println("READY " + bolt + (http[0] != null ? " http://" + host + ":" + httpPort + "/browser/" : ""));
        System.out.flush();
        stopped.await();
    }

    /** The host a client on this machine dials: loopback for a wildcard address, else the
     *  address itself (an IPv6 literal in brackets, as URIs want it). */
    private static String connectHost(String listen) {
        if ("0.0.0.0".equals(listen) || "::".equals(listen) || "[::]".equals(listen)) {
            return "127.0.0.1";
        }
        return listen.contains(":") && !listen.startsWith("[") ? "[" + listen + "]" : listen;
    }

    private static DatabaseManagementServiceBuilder builder(Path home, String listen, int boltPort, long pagecache) {
        String bare = listen.startsWith("[") ? listen.substring(1, listen.length() - 1) : listen;
        return new DatabaseManagementServiceBuilder(home)
                // server.default_listen_address covers every connector; Bolt gets it with its port.
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress(bare))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(bare, boltPort))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                // A small machine: no transaction-log space reserved up front, no old logs kept.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false");
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }

    /** Sets the configured user's password through the system database, so no first-login
     *  password change is demanded; idempotent across restarts. */
    private static void setCredentials(GraphDatabaseService system, String user, String password) {
        Map<String, Object> params = Map.of("user", user, "password", password);
        system.executeTransactionally(
                "CREATE USER $user IF NOT EXISTS SET PASSWORD $password CHANGE NOT REQUIRED", params);
        try {
            system.executeTransactionally(
                    "ALTER USER $user SET PASSWORD $password CHANGE NOT REQUIRED", params);
        } catch (RuntimeException e) {
            // Neo4j refuses to "change" a password to its current value; that is the steady state.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
            system.executeTransactionally("ALTER USER $user SET PASSWORD CHANGE NOT REQUIRED", params);
        }
    }

    private static HttpServer serveBrowser(Path jar, String listen, int port, String host, int boltPort)
            throws IOException {
        ZipFile zip = new ZipFile(jar.toFile());
        String bare = listen.startsWith("[") ? listen.substring(1, listen.length() - 1) : listen;
        HttpServer server = HttpServer.create(new InetSocketAddress(bare, port), 16);
        server.createContext("/", exchange -> {
            try (exchange) {
                handle(exchange, zip, discovery(requestHost(exchange, host), boltPort));
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    /** The host the page was loaded from: a Browser on another machine (listening on a
     *  wildcard address) must dial Bolt there, not its own loopback. */
    private static String requestHost(HttpExchange ex, String fallback) {
        String header = ex.getRequestHeaders().getFirst("Host");
        Matcher m = HOST_HEADER.matcher(header == null ? "" : header.trim());
        return m.matches() ? m.group(1) : fallback;
    }

    /** The Browser reads this discovery document from the page's origin to find Bolt. */
    private static String discovery(String host, int boltPort) {
        String bolt = host + ":" + boltPort;
        return "{\"bolt_routing\":\"neo4j://" + bolt + "\",\"bolt_direct\":\"bolt://" + bolt
                + "\",\"neo4j_version\":\"5.26\",\"neo4j_edition\":\"community\","
                + "\"auth_config\":{\"oidc_providers\":[]}}";
    }

    private static void handle(HttpExchange ex, ZipFile zip, String discovery) throws IOException {
        String path = ex.getRequestURI().getPath();
        if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
            send(ex, 405, "text/plain", "method not allowed".getBytes(StandardCharsets.UTF_8));
            return;
        }
        if ("/".equals(path)) {
            String accept = String.valueOf(ex.getRequestHeaders().getFirst("Accept"));
            if (accept.contains("text/html")) {
                ex.getResponseHeaders().add("Location", "/browser/");
                send(ex, 302, "text/plain", new byte[0]);
            } else {
                send(ex, 200, "application/json", discovery.getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        if ("/browser".equals(path)) {
            ex.getResponseHeaders().add("Location", "/browser/");
            send(ex, 302, "text/plain", new byte[0]);
            return;
        }
        String name = path.substring(1);
        if (name.endsWith("/")) {
            name = name + "index.html";
        }
        ZipEntry entry = name.startsWith(BROWSER_PREFIX) && !name.contains("..") ? zip.getEntry(name) : null;
        if (entry == null || entry.isDirectory()) {
            send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] body;
        try (InputStream in = zip.getInputStream(entry)) {
            body = in.readAllBytes();
        }
        send(ex, 200, contentType(name), body);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        boolean head = "HEAD".equals(ex.getRequestMethod());
        ex.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String contentType(String name) {
        Map<String, String> types = Map.of(
                "html", "text/html; charset=utf-8", "js", "application/javascript", "css", "text/css",
                "json", "application/json", "svg", "image/svg+xml", "png", "image/png",
                "woff", "font/woff", "woff2", "font/woff2", "ico", "image/x-icon", "ttf", "font/ttf");
        String ext = name.substring(name.lastIndexOf('.') + 1);
        return types.getOrDefault(ext, "application/octet-stream");
    }

    private static long parseBytes(String text) {
        String t = text.trim().toLowerCase();
        char unit = t.charAt(t.length() - 1);
        if (Character.isDigit(unit)) {
            return Long.parseLong(t);
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        return switch (unit) {
            case 'k' -> ByteUnit.kibiBytes(n);
            case 'm' -> ByteUnit.mebiBytes(n);
            case 'g' -> ByteUnit.gibiBytes(n);
            default -> throw new IllegalArgumentException("bad size: " + text);
        };
    }

    private static Map<String, String> parseArgs(String[] argv) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            if (!argv[i].startsWith("--") || i + 1 >= argv.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + argv[i]);
            }
            opts.put(argv[i].substring(2), argv[++i]);
        }
        return opts;
    }

    private static String require(Map<String, String> opts, String name) {
        String value = opts.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing --" + name);
        }
        return value;
    }
}
