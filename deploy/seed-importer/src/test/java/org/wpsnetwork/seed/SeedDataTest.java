package org.wpsnetwork.seed;

import org.junit.jupiter.api.Test;
import org.wpsnetwork.contracts.meetings.DatePrecision;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.RoleAssignment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped record agrees with itself: the printed lists read as the member lists, every code is a member. */
class SeedDataTest {

    private final SeedData data = SeedData.load();
    private final Map<String, SeedData.Member> members = data.members().stream()
            .collect(Collectors.toMap(SeedData.Member::code, Function.identity()));

    @Test
    void theRecordHoldsWhatTheDocumentsName() {
        assertThat(data.members()).hasSize(100);
        assertThat(data.members().stream().filter(m -> m.type() == MemberType.STATE)).hasSize(91);
        assertThat(data.meetings()).hasSize(14);
        assertThat(data.recommendationCount()).isEqualTo(47);
        assertThat(data.roles()).extracting(SeedData.Year::year).containsExactly(2018, 2022, 2023, 2024, 2026);
        Map<String, Integer> listSizes = new HashMap<>();
        data.meetings().stream().filter(m -> m.attendance() != null)
                .forEach(m -> listSizes.put(m.id(), m.attendance().memberCodes().size()));
        assertThat(listSizes).containsExactlyInAnyOrderEntriesOf(
                Map.of("berlin-2018", 61, "geneva-2022", 70, "washington-2023", 64, "rome-2026", 55));
    }

    @Test
    void everyPrintedAttendanceListReadsAsItsMemberList() {
        Map<String, String> spellings = new HashMap<>();
        data.members().forEach(member -> member.spellings().forEach(spelling -> spellings.put(spelling, member.code())));
        for (SeedData.Meeting meeting : data.meetings()) {
            if (meeting.attendance() == null) {
                continue;
            }
            String text = meeting.attendance().printed();
            for (SeedData.Correction correction : meeting.attendance().corrections()) {
                assertThat(text).as("%s prints %s", meeting.id(), correction.printed()).contains(correction.printed());
                text = text.replace(correction.printed(), correction.reads());
            }
            List<String> read = new ArrayList<>();
            for (String item : text.split(", ")) {
                String name = item.replaceFirst("^as well as of ", "").replaceFirst("^and ", "").replaceFirst("^the ", "");
                if (!meeting.attendance().notMembers().contains(name)) {
                    assertThat(spellings).as("a member printed as '%s' in %s", name, meeting.id()).containsKey(name);
                    read.add(spellings.get(name));
                }
            }
            assertThat(read).as(meeting.id()).containsExactlyElementsOf(meeting.attendance().memberCodes());
        }
    }

    @Test
    void everyCodeNamesAMemberThatHadJoinedByThen() {
        Map<String, LocalDate> firstInvolvement = new HashMap<>();
        for (SeedData.Meeting meeting : data.meetings()) {
            List<String> codes = new ArrayList<>(meeting.hostCodes());
            codes.addAll(meeting.coChairCodes());
            if (meeting.attendance() != null) {
                codes.addAll(meeting.attendance().memberCodes());
            }
            for (String code : codes) {
                assertThat(members).as("%s names %s", meeting.id(), code).containsKey(code);
                assertThat(members.get(code).joinedOn()).as("%s at %s", code, meeting.id())
                        .isBeforeOrEqualTo(meeting.startDate());
                firstInvolvement.merge(code, meeting.startDate(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        for (SeedData.Year year : data.roles()) {
            for (RoleAssignment assignment : year.assignments()) {
                assertThat(members).containsKey(assignment.memberCode());
                assertThat(members.get(assignment.memberCode()).joinedOn().getYear()).isLessThanOrEqualTo(year.year());
            }
        }
        assertThat(firstInvolvement.keySet()).as("every member appears somewhere").isEqualTo(members.keySet());
        for (SeedData.Member member : data.members()) {
            if (!member.evidence().startsWith("initiated")) {
                assertThat(member.joinedOn()).as("%s joined when the documents first place it", member.code())
                        .isEqualTo(firstInvolvement.get(member.code()));
            }
        }
    }

    @Test
    void codesAreValidForTheirType() {
        Set<String> countries = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        for (SeedData.Member member : data.members()) {
            assertThat(countries.contains(member.code())).as(member.code())
                    .isEqualTo(member.type() == MemberType.STATE);
        }
    }

    @Test
    void recommendationsAreUniqueOneSentenceSummariesOfAdoptedCommuniques() {
        Set<String> ids = new HashSet<>();
        for (SeedData.Meeting meeting : data.meetings()) {
            if (!meeting.recommendationList().isEmpty()) {
                assertThat(meeting.communiqueAdoptedOn()).as(meeting.id()).isNotNull();
            }
            for (Recommendation recommendation : meeting.recommendationList()) {
                assertThat(ids.add(recommendation.id())).as(recommendation.id()).isTrue();
                assertThat(recommendation.id()).startsWith(meeting.id() + "-");
                assertThat(recommendation.summary()).as(recommendation.id()).endsWith(".").doesNotContain(". ")
                        .hasSizeBetween(10, 500);
                assertThat(recommendation.paragraphRef()).isNotBlank();
            }
        }
    }

    @Test
    void datesAreAsPreciseAsTheirPrecisionSays() {
        for (SeedData.Meeting meeting : data.meetings()) {
            DatePrecision precision = meeting.datePrecision() == null ? DatePrecision.DAY : meeting.datePrecision();
            assertThat(meeting.endDate()).as(meeting.id()).isAfterOrEqualTo(meeting.startDate());
            if (precision == DatePrecision.MONTH) {
                assertThat(meeting.startDate().getDayOfMonth()).isEqualTo(1);
                assertThat(meeting.endDate()).isEqualTo(YearMonth.from(meeting.startDate()).atEndOfMonth());
            }
            if (precision == DatePrecision.YEAR) {
                assertThat(meeting.startDate()).isEqualTo(LocalDate.of(meeting.startDate().getYear(), 1, 1));
                assertThat(meeting.endDate()).isEqualTo(LocalDate.of(meeting.startDate().getYear(), 12, 31));
            }
        }
    }
}
