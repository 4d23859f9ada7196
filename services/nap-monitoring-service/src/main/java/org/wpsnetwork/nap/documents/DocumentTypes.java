package org.wpsnetwork.nap.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What an uploaded document is, told by its first bytes, never by its name or the type the upload claims: PDF,
 * PNG, JPEG, GIF, the office formats (Office Open XML and OpenDocument are ZIP containers whose first entry names
 * them; the older Office formats an OLE2 container). For a container the file name only picks the precise type
 * among those the content allows.
 */
final class DocumentTypes {

    /** How many leading bytes the checks read. */
    static final int HEAD = 128;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a,
            (byte) 0xe1};
    private static final Map<String, String> OPEN_XML = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Map<String, String> LEGACY_OFFICE = Map.of("doc", "application/msword",
            "xls", "application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint");

    private DocumentTypes() {
    }

    /** The content type {@code head} (the first {@link #HEAD} bytes, or all of a shorter file) shows; empty: refused. */
    static Optional<String> of(byte[] head, String filename) {
        if (startsWith(head, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(head, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(head, GIF)) {
            return Optional.of("image/gif");
        }
        String extension = filename == null || filename.lastIndexOf('.') < 0 ? ""
                : filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (startsWith(head, ZIP)) {
            String firstEntry = firstZipEntryName(head);
            if (firstEntry.equals("[Content_Types].xml") && OPEN_XML.containsKey(extension)) {
                return Optional.of(OPEN_XML.get(extension));
            }
            if (firstEntry.equals("mimetype")) {
                // OpenDocument stores its type, uncompressed, as the first entry's data.
                int data = 30 + firstEntry.length() + littleEndian16(head, 28);
                int length = littleEndian16(head, 18);
                String stored = data + length > head.length ? "" : new String(head, data, length,
                        StandardCharsets.US_ASCII);
                return stored.matches("application/vnd\\.oasis\\.opendocument\\.[a-z.-]+") ? Optional.of(stored)
                        : Optional.empty();
            }
            return Optional.empty();
        }
        if (startsWith(head, OLE2) && LEGACY_OFFICE.containsKey(extension)) {
            return Optional.of(LEGACY_OFFICE.get(extension));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /** The name of a ZIP file's first entry, from its local file header. */
    private static String firstZipEntryName(byte[] head) {
        if (head.length < 30) {
            return "";
        }
        int length = littleEndian16(head, 26);
        return head.length < 30 + length ? "" : new String(head, 30, length, StandardCharsets.US_ASCII);
    }

    private static int littleEndian16(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8;
    }
}
