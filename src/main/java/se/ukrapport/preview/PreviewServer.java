package se.ukrapport.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the HTML edition of the output folder on 127.0.0.1 (the JDK's HTTP server, one
 * thread): {@code /} is {@code html/index.html} as the last run published it, with the
 * preview's additions ({@link PreviewPage}) put into the response only, and
 * {@code /version} the number the page polls to know when to reload. Nothing else is
 * served; the file is read from disk on every request, so the page is always what the
 * output folder holds.
 */
final class PreviewServer implements AutoCloseable {

    private final HttpServer server;

    private final ExecutorService executor;

    private final boolean fellBack;

    /**
     * The page as last read: served while the publish step swaps the folders (the file is
     * briefly not there).
     */
    private static final class LastRead {

        volatile String html;

    }

    private PreviewServer(HttpServer server, ExecutorService executor, boolean fellBack) {
        this.server = server;
        this.executor = executor;
        this.fellBack = fellBack;
    }

    /**
     * Starts on {@code port} of 127.0.0.1, or on a free port when that one is taken (0:
     * any free port).
     */
    static PreviewServer start(int port, Path page, PreviewState state) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        HttpServer server;
        boolean fellBack = false;
        try {
            server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        }
        catch (BindException e) {
            server = HttpServer.create(new InetSocketAddress(loopback, 0), 0);
            fellBack = true;
        }
        LastRead last = new LastRead();
        server.createContext("/", exchange -> handle(exchange, page, state, last));
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "forhandsgranskning-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.start();
        return new PreviewServer(server, executor, fellBack);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Whether the port asked for was taken and another one is used. */
    boolean fellBack() {
        return fellBack;
    }

    private static void handle(HttpExchange exchange, Path page, PreviewState state, LastRead last) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain", "Endast GET.");
                return;
            }
            PreviewState.Snapshot s = state.snapshot();
            switch (path) {
                case "/", "/index.html", "/html/", "/html/index.html" -> {
                    String report;
                    try {
                        report = Files.readString(page, StandardCharsets.UTF_8);
                        last.html = report;
                    }
                    catch (NoSuchFileException e) {
                        report = last.html;
                    }
                    send(exchange, 200, "text/html", PreviewPage.render(report, s));
                }
                case "/version" -> send(exchange, 200, "text/plain", Long.toString(s.version()));
                default -> send(exchange, 404, "text/plain", "Finns inte: förhandsgranskningen visar bara /.");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

}
