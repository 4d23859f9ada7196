package org.wpsnetwork.seed;

import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.MeetingKind;
import org.wpsnetwork.contracts.meetings.MeetingStatus;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.StatedFigure;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.contracts.membership.RoleAssignment;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The network's record as its documents give it (deploy/seed-data): members, yearly roles and meetings with
 * their attendance lists, recommendations and communiqués. Packed into the importer's jar.
 */
public record SeedData(List<Member> members, List<Year> roles, List<Meeting> meetings,
                       List<ReferenceIndicator> referenceIndicators) {

    /** An entry of the network's working set of reference indicators, as the catalogue's API takes it. */
    public record ReferenceIndicator(String code, String name, String pillar, String kind, String unit,
                                     String direction) {
    }

    /** A member, with the spellings the documents use for it. */
    public record Member(String code, String name, MemberType type, Region region, LocalDate joinedOn,
                         String evidence, List<String> alsoPrintedAs) {

        public List<String> spellings() {
            return alsoPrintedAs == null ? List.of(name)
                    : Stream.concat(Stream.of(name), alsoPrintedAs.stream()).toList();
        }
    }

    public record Year(int year, String source, List<RoleAssignment> assignments) {
    }

    public record Meeting(String id, MeetingKind kind, Integer ordinal, String title, String theme, LocalDate startDate,
                          LocalDate endDate, DatePrecision datePrecision, String city, String countryCode,
                          List<String> hostCodes, List<String> coChairCodes, MeetingStatus status, String source,
                          List<StatedFigure> statedFigures, Attendance attendance, List<Recommendation> recommendations,
                          LocalDate communiqueAdoptedOn) {

        public List<Recommendation> recommendationList() {
            return recommendations == null ? List.of() : recommendations;
        }
    }

    /** An attendance list exactly as printed, the corrections that read it, and the members it names. */
    public record Attendance(String printed, List<Correction> corrections, List<String> notMembers,
                             List<String> memberCodes) {
    }

    /** How a printed passage is read, and why: typos that split or join names. */
    public record Correction(String printed, String reads, String why) {
    }

    private record Members(List<Member> members) {
    }

    private record Roles(List<Year> roles) {
    }

    private record Meetings(List<Meeting> meetings) {
    }

    private record ReferenceIndicators(List<ReferenceIndicator> referenceIndicators) {
    }

    /** The record shipped with this build. */
    public static SeedData load() {
        YAMLMapper yaml = new YAMLMapper();
        return new SeedData(read(yaml, "members.yaml", Members.class).members(),
                read(yaml, "roles.yaml", Roles.class).roles(),
                read(yaml, "meetings.yaml", Meetings.class).meetings(),
                read(yaml, "reference-indicators.yaml", ReferenceIndicators.class).referenceIndicators());
    }

    private static <T> T read(YAMLMapper yaml, String file, Class<T> type) {
        try (InputStream in = SeedData.class.getResourceAsStream("/seed-data/" + file)) {
            if (in == null) {
                throw new IllegalStateException("seed-data/" + file + " is missing from the classpath");
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed-data/" + file, e);
        }
    }

    public int recommendationCount() {
        return meetings.stream().mapToInt(meeting -> meeting.recommendationList().size()).sum();
    }
}
