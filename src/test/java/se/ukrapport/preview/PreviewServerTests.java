package se.ukrapport.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTests {

    private static final String REPORT = "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<title>Rapport</title>\n"
            + "</head>\n<body>\n<main><p>Kapitlet bygger på 65 av 66 kommuner.</p></main>\n</body>\n</html>\n";

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void servesTheReportWithTheReloadScriptButLeavesTheFileAsItIs() throws Exception {
        Path page = Files.writeString(dir.resolve("index.html"), REPORT);
        PreviewState state = new PreviewState();
        state.finished("kapitel kap05 omrenderat på 0,8 s.", null);
        try (PreviewServer server = PreviewServer.start(0, page, state)) {
            assertThat(server.port()).isPositive();
            HttpResponse<String> response = get(server, "/");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.body()).contains("Kapitlet bygger på 65 av 66 kommuner.")
                .contains("fetch(\"/version\"")
                .contains("var v=\"1\"")
                .contains("kapitel kap05 omrenderat på 0,8 s.")
                .doesNotContain("role=\"alert\"")
                .endsWith("</script>\n</body>\n</html>\n");
            assertThat(get(server, "/version").body()).isEqualTo("1");
            state.finished("igen", null);
            assertThat(get(server, "/version").body()).isEqualTo("2");
        }
        assertThat(Files.readString(page)).isEqualTo(REPORT).doesNotContain("<script");
    }

    @Test
    void aFailedRunShowsItsErrorAboveTheLastGoodReport() throws Exception {
        Path page = Files.writeString(dir.resolve("index.html"), REPORT);
        PreviewState state = new PreviewState();
        state.finished("fel", "Fel i indata: mallen kap05-kommunernas-arbete.ftl, rad 4: <#if> saknar </#if>");
        try (PreviewServer server = PreviewServer.start(0, page, state)) {
            String body = get(server, "/").body();
            assertThat(body).contains("role=\"alert\"")
                .contains("Den senaste körningen misslyckades")
                .contains("rad 4: &lt;#if&gt; saknar &lt;/#if&gt;")
                .contains("Kapitlet bygger på 65 av 66 kommuner.");
            assertThat(body.indexOf("role=\"alert\"")).isLessThan(body.indexOf("<main>"));
        }
    }

    @Test
    void withoutAReportThePreviewSaysSo() throws Exception {
        PreviewState state = new PreviewState();
        state.finished("fel", "Fel i indata: kommuner.csv, rad 3: ...");
        try (PreviewServer server = PreviewServer.start(0, dir.resolve("saknas.html"), state)) {
            String body = get(server, "/").body();
            assertThat(body).contains("Det finns ingen rapport att visa ännu.").contains("kommuner.csv, rad 3");
        }
    }

    @Test
    void servesNothingElse() throws Exception {
        Path page = Files.writeString(dir.resolve("index.html"), REPORT);
        try (PreviewServer server = PreviewServer.start(0, page, new PreviewState())) {
            assertThat(get(server, "/data/aggregat.csv").statusCode()).isEqualTo(404);
            assertThat(get(server, "/kapitel/kap05.pdf").statusCode()).isEqualTo(404);
            HttpResponse<String> post = client
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/"))
                    .POST(HttpRequest.BodyPublishers.ofString("x"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void aTakenPortFallsBackToAFreeOne() throws IOException {
        Path page = Files.writeString(dir.resolve("index.html"), REPORT);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
                PreviewServer server = PreviewServer.start(taken.getLocalPort(), page, new PreviewState())) {
            assertThat(server.fellBack()).isTrue();
            assertThat(server.port()).isNotEqualTo(taken.getLocalPort()).isPositive();
        }
    }

}
