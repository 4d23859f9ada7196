package org.wpsnetwork.contracts.nap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What backs a report up: a link to a publication, a law, a dataset… ({@code url}) or a document uploaded with the
 * report ({@code document}). About the report as a whole, or one of its indicator values ({@code indicatorCode}) or
 * recommendation statuses ({@code recommendationId}). Private evidence is for the member's own users, the
 * secretariat and peer reviewers only.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Evidence(String title, String url, EvidenceKind kind, Visibility visibility, String indicatorCode,
                       String recommendationId, Document document) {

    /**
     * An uploaded document, kept in the NAP service and downloaded from {@code /api/v1/evidence-documents/{id}}.
     *
     * @param contentType what its content shows it is (never what its name or the upload said)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Document(String id, String filename, String contentType, long size) {
    }

    /** Who may see a piece of evidence. */
    public enum Visibility {
        /** Anyone signed in. */
        PUBLIC,
        /** The member's own users, the secretariat and peer reviewers. */
        PRIVATE
    }
}
