package org.wpsnetwork.nap.documents;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A document's type comes from its content; its name only picks among the types a container allows. */
class DocumentTypesTest {

    private static byte[] head(byte[] content) {
        return Arrays.copyOf(content, Math.min(content.length, DocumentTypes.HEAD));
    }

    private static byte[] zip(String firstEntry, byte[] data, boolean stored) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(firstEntry);
            if (stored) {
                CRC32 crc = new CRC32();
                crc.update(data);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(data.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void pdfsImagesAndOfficeDocumentsAreKnownByTheirFirstBytes() throws IOException {
        assertThat(DocumentTypes.of(head("%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII)), "x.bin"))
                .hasValue("application/pdf");
        assertThat(DocumentTypes.of(head(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}), "a.pdf"))
                .as("a JPEG named .pdf is a JPEG").hasValue("image/jpeg");
        assertThat(DocumentTypes.of(head(zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                false)), "plan.docx")).hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml"
                + ".document");
        assertThat(DocumentTypes.of(head(zip("mimetype", "application/vnd.oasis.opendocument.text"
                .getBytes(StandardCharsets.US_ASCII), true)), "plan.odt"))
                .hasValue("application/vnd.oasis.opendocument.text");
    }

    @Test
    void programsArchivesAndTextAreRefusedWhateverTheirName() throws IOException {
        assertThat(DocumentTypes.of(head("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)), "report.pdf"))
                .isEmpty();
        assertThat(DocumentTypes.of(head(zip("payload.exe", new byte[] {1, 2, 3}, false)), "report.docx"))
                .as("a ZIP that is no office document").isEmpty();
        assertThat(DocumentTypes.of(head("<html><script>".getBytes(StandardCharsets.US_ASCII)), "page.png"))
                .isEmpty();
    }
}
