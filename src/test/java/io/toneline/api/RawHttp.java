package io.toneline.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends a request as raw bytes, for what HTTP client libraries refuse to send (bad percent-encoding,
 * control characters in headers).
 *
 * @param status the answer's status
 * @param contentType its Content-Type, or ""
 * @param body its body as text
 */
record RawHttp(int status, String contentType, String body) {

    static RawHttp send(int port, String requestHead, String body) throws IOException {
        byte[] payload = body.getBytes(StandardCharsets.UTF_8);
        String head = requestHead + "\r\nHost: localhost\r\nConnection: close\r\nContent-Length: " + payload.length
                + "\r\n\r\n";
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(payload);
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String headers = split < 0 ? text : text.substring(0, split);
            String contentType = "";
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring(13).strip();
                }
            }
            int status = Integer.parseInt(headers.split(" ")[1]);
            return new RawHttp(status, contentType, split < 0 ? "" : text.substring(split + 4));
        }
    }
}
