package org.wpsnetwork.nap.documents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.EvidenceKind;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.security.SignedInUser;
import org.wpsnetwork.kit.web.ETags;
import org.wpsnetwork.nap.reports.ProgressReport;
import org.wpsnetwork.nap.reports.ReportResponse;

import java.nio.charset.StandardCharsets;

@RestController
@Tag(name = "Evidence documents", description = "Documents uploaded as evidence for progress reports")
class EvidenceDocumentsController {

    private final EvidenceDocuments documents;

    EvidenceDocumentsController(EvidenceDocuments documents) {
        this.documents = documents;
    }

    @PostMapping(path = "/api/v1/progress-reports/{reportId}/documents",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document as evidence for a report", description = "multipart/form-data: file (at "
            + "most 10 MiB: a PDF, a PNG, JPEG or GIF image, or an office document: docx, xlsx, pptx, OpenDocument, "
            + "doc, xls, ppt; the type is told by the content, 415 otherwise), title, kind, visibility (default "
            + "PRIVATE), and optionally indicatorCode or recommendationId; with If-Match. Answers the report with "
            + "the document among its evidence; 409 once VALIDATED")
    ResponseEntity<ReportResponse> upload(@PathVariable String reportId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestPart("file") MultipartFile file, @RequestParam("title") String title,
            @RequestParam("kind") EvidenceKind kind,
            @RequestParam(name = "visibility", required = false) Evidence.Visibility visibility,
            @RequestParam(name = "indicatorCode", required = false) String indicatorCode,
            @RequestParam(name = "recommendationId", required = false) String recommendationId) {
        Versioned<ProgressReport> report = documents.upload(reportId, ifMatch, file, new EvidenceDocuments.Upload(
                title, kind, visibility, indicatorCode, recommendationId), SignedInUser.required().actor());
        return ETags.ok(report.version(), ReportResponse.of(report));
    }

    @GetMapping("/api/v1/evidence-documents/{documentId}")
    @Operation(summary = "Download an evidence document", description = "Streamed. Public evidence: anyone signed in; "
            + "private evidence: the member's own focal points, the secretariat and peer reviewers (403 otherwise)")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String documentId) {
        EvidenceDocuments.Download download = documents.download(documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.contentType()))
                .contentLength(download.length())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.filename(), StandardCharsets.UTF_8).build().toString())
                .body(download::writeTo);
    }
}
