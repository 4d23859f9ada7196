package org.wpsnetwork.nap.documents;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;
import org.wpsnetwork.contracts.Actor;
import org.wpsnetwork.contracts.nap.Evidence;
import org.wpsnetwork.contracts.nap.EvidenceKind;
import org.wpsnetwork.kit.outbox.Versioned;
import org.wpsnetwork.kit.security.SignedInUser;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.kit.web.ProblemType;
import org.wpsnetwork.nap.reports.ProgressReport;
import org.wpsnetwork.nap.reports.ReportService;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Documents uploaded as evidence, kept in GridFS beside the report they back up. Uploads and downloads stream
 * through in chunks; no document is ever held whole in memory.
 */
@Service
public class EvidenceDocuments {

    /** The largest document one upload takes: 10 MiB (the service's multipart limits are set just above it). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final GridFSBucket bucket;
    private final ReportService reports;

    EvidenceDocuments(MongoDatabase database, ReportService reports) {
        this.bucket = GridFSBuckets.create(database, "evidence_documents");
        this.reports = reports;
    }

    /** What an upload describes besides the file. */
    public record Upload(String title, EvidenceKind kind, Evidence.Visibility visibility, String indicatorCode,
                         String recommendationId) {
    }

    /**
     * Stores {@code file} and adds it to the report's evidence.
     *
     * @throws ApiProblemException 413 over {@link #MAX_BYTES}, 415 for content that is not a document this service
     *                             takes, and what adding it to the report may answer (404, 409, 412, 422)
     */
    public Versioned<ProgressReport> upload(String reportId, String ifMatch, MultipartFile file, Upload upload,
                                            Actor by) {
        ProgressReport report = reports.get(reportId).state();
        if (file.isEmpty()) {
            throw ApiProblemException.invalid(FieldViolation.of("file", "is empty"));
        }
        if (upload.title() == null || upload.title().isBlank() || upload.title().length() > 200) {
            throw ApiProblemException.invalid(FieldViolation.of("title", "must be 1 to 200 characters"));
        }
        if (file.getSize() > MAX_BYTES) {
            throw new ApiProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The document has " + file.getSize()
                    + " bytes; the limit is " + MAX_BYTES, List.of(FieldViolation.of("file", "is over 10 MiB")));
        }
        String filename = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "document"
                : file.getOriginalFilename().replaceAll("[\\p{Cntrl}/\\\\]", "_");
        try (InputStream in = new BufferedInputStream(file.getInputStream())) {
            in.mark(DocumentTypes.HEAD);
            String type = DocumentTypes.of(in.readNBytes(DocumentTypes.HEAD), filename).orElseThrow(() ->
                    new ApiProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "The file's content is not a PDF, an "
                            + "image (PNG, JPEG, GIF) or an office document; its name does not count",
                            List.of(FieldViolation.of("file", "is not a document this service takes", filename))));
            in.reset();
            Evidence.Visibility visibility = upload.visibility() == null ? Evidence.Visibility.PRIVATE : upload.visibility();
            ObjectId id = bucket.uploadFromStream(filename, in, new GridFSUploadOptions().metadata(new Document(
                    "reportId", reportId).append("memberCode", report.current().memberCode())
                    .append("contentType", type).append("visibility", visibility.name())));
            Evidence evidence = new Evidence(upload.title().trim(), null, upload.kind(), visibility,
                    upload.indicatorCode(), upload.recommendationId(),
                    new Evidence.Document(id.toHexString(), filename, type, file.getSize()));
            try {
                return reports.addEvidence(reportId, ifMatch, evidence, by);
            } catch (RuntimeException refused) {
                bucket.delete(id); // nothing refers to it: the report did not take it
                throw refused;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored document, for download: what it is and how to read it. */
    public record Download(String filename, String contentType, long length, GridFSBucket bucket, ObjectId id) {

        public void writeTo(OutputStream out) {
            bucket.downloadToStream(id, out);
        }
    }

    /**
     * The document, if the signed-in user may read it: public evidence anyone signed in, private evidence the
     * member's own users, the secretariat and peer reviewers.
     *
     * @throws ApiProblemException 404 for no such document, 403 for private evidence of another member
     */
    public Download download(String documentId) {
        GridFSFile file = Optional.ofNullable(ObjectId.isValid(documentId) ? bucket.find(Filters.eq("_id",
                new ObjectId(documentId))).first() : null).orElseThrow(() -> ApiProblemException.notFound(
                "No evidence document '" + documentId + "'"));
        Document metadata = file.getMetadata();
        boolean open = Evidence.Visibility.PUBLIC.name().equals(metadata.getString("visibility"));
        if (!open && !SignedInUser.required().mayReadPrivateEvidenceOf(metadata.getString("memberCode"))) {
            throw new ApiProblemException(ProblemType.FORBIDDEN, "This document is private evidence of "
                    + metadata.getString("memberCode") + ": for its own users, the secretariat and peer reviewers",
                    List.of());
        }
        return new Download(file.getFilename(), metadata.getString("contentType"), file.getLength(), bucket,
                file.getObjectId());
    }
}
