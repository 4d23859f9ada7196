package org.wpsnetwork.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes no HTTP client library would send (a NUL in a header, two Content-Lengths, an unencoded space in
 * the path) straight down a socket, and reads the answer, for tests of what the servlet container refuses.
 */
public final class RawHttp {

    /** The status line, headers (lower-case names) and body of an answer. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {
    }

    /** Sends {@code request} (its lines joined with CRLF, ending with an empty line, plus {@code body}). */
    public static Answer send(int port, List<String> requestLines, String body) {
        String head = String.join("\r\n", requestLines) + "\r\n\r\n";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(5_000);
            try {
                // One write, so that a server that answers after the head finds the whole request already sent.
                ByteArrayOutputStream request = new ByteArrayOutputStream();
                request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    request.writeBytes(body.getBytes(StandardCharsets.UTF_8));
                }
                OutputStream out = socket.getOutputStream();
                out.write(request.toByteArray());
                out.flush();
            } catch (SocketException answeredEarly) {
                // The server may refuse (and close) before it has read everything: its answer is still there.
            }
            return parse(readAnswer(socket.getInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("No answer on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                answer.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | SocketException kept) {
            // The server may hold or reset the connection after answering; what arrived is the answer.
        }
        return answer.toByteArray();
    }

    /** The final answer: interim 1xx answers (to Expect: 100-continue) are skipped. */
    private static Answer parse(byte[] bytes) {
        int start = 0;
        while (true) {
            int end = indexOf(bytes, start, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            if (end < 0) {
                throw new IllegalStateException("Not an HTTP answer: " + new String(bytes, StandardCharsets.ISO_8859_1));
            }
            String[] lines = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            if (status >= 100 && status < 200) {
                start = end + 4;
                continue;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                            lines[i].substring(colon + 1).trim());
                }
            }
            byte[] body = Arrays.copyOfRange(bytes, end + 4, bytes.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunk(body);
            }
            return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
        }
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, at, crlf);
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim();
            int size = sizeLine.isEmpty() ? 0 : Integer.parseInt(sizeLine.split(";")[0], 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from, byte[] sought) {
        outer:
        for (int i = from; i <= bytes.length - sought.length; i++) {
            for (int j = 0; j < sought.length; j++) {
                if (bytes[i + j] != sought[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
