package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 18, item 10: answers as a client or an attacker sees them on the wire, including those the container writes
 * before the application. Sent over a raw socket, since an HTTP client library refuses to send most of these requests.
 */
class ContainerAnswersIT extends ServerIT {

    @Test
    void noAnswerNamesTheProductOrItsVersion() throws Exception {
        String lead = api.demo("lead");
        List<String> requests = List.of(
                "GET /api/programmes HTTP/1.1\r\nAuthorization: Bearer " + lead + "\r\n",
                "GET /api/participants HTTP/1.1\r\n",
                "GET /no-such-page HTTP/1.1\r\n",
                "GET /health HTTP/1.1\r\n",
                "GET /api/%00 HTTP/1.1\r\n",
                "GET /api/..%2f..%2fetc%2fpasswd HTTP/1.1\r\n",
                "TRACE /api/participants HTTP/1.1\r\n");
        for (String request : requests) {
            String answer = send(request);
            assertThat(answer).as(request).startsWith("HTTP/1.1 ");
            assertThat(answer.toLowerCase()).as(request).doesNotContain("server:", "x-powered-by", "payara", "glassfish", "grizzly");
        }
    }

    @Test
    void traceIsRefusedWithProblemJsonOnEveryPathAndNothingIsEchoed() throws Exception {
        String lead = api.demo("lead");
        for (String path : List.of("/api/participants", "/index.html", "/health", "/metrics", "/openapi")) {
            String answer = send("TRACE " + path + " HTTP/1.1\r\nCookie: session=secret-cookie\r\nAuthorization: Bearer " + lead + "\r\n");

            assertThat(answer).as(path).startsWith("HTTP/1.1 405");
            assertThat(answer).as(path).containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"type\":\"urn:dap:problem:method-not-allowed\"")
                    .doesNotContain("secret-cookie", lead);
            assertThat(header(answer, "Allow")).as(path).contains("GET", "POST").doesNotContain("TRACE");
        }
    }

    @Test
    void aMethodTheServiceDoesNotUseIsRefusedWithProblemJson() throws Exception {
        String answer = send("PROPFIND /api/participants HTTP/1.1\r\n");

        assertThat(answer).startsWith("HTTP/1.1 405").contains("\"type\":\"urn:dap:problem:method-not-allowed\"");
    }

    /** Sends one request (its request line and headers, without the blank line) and reads the whole answer. */
    private String send(String requestHead) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestHead + "Host: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String header(String answer, String name) {
        return answer.lines().takeWhile(line -> !line.isEmpty())
                .filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse("");
    }
}
