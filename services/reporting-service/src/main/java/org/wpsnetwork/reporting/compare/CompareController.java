package org.wpsnetwork.reporting.compare;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberStatus;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.kit.web.ApiProblemException;
import org.wpsnetwork.kit.web.FieldViolation;
import org.wpsnetwork.reporting.members.MemberView;
import org.wpsnetwork.reporting.members.MemberViews;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

@RestController
@Tag(name = "Comparisons", description = "Members side by side, for peer review")
class CompareController {

    static final String TEXT_CSV = "text/csv";

    private final MemberReplica members;
    private final MemberViews views;
    private final CohortFiguresStore cohorts;

    CompareController(MemberReplica members, MemberViews views, CohortFiguresStore cohorts) {
        this.members = members;
        this.views = views;
        this.cohorts = cohorts;
    }

    @GetMapping(path = "/api/v1/reports/compare", produces = {MediaType.APPLICATION_JSON_VALUE, TEXT_CSV})
    @Operation(summary = "Members side by side, with their cohorts' medians", description = "Name 2 to 6 members "
            + "(members=ARG,NOR,KEN), or a whole cohort (region= or type=: its active members). Rows: plans in force, "
            + "attendance, reporting rate and timeliness, indicators aligned by reference indicator (progress %), and "
            + "the completion of each recommendation addressed to any of them; columns: the members, then the "
            + "medians of the active members of each type and region among them. Every cell gives covered/of: how "
            + "much of what it summarises has data (for a cohort: its members with data of its size); a cell without "
            + "data has no value. Accept: text/csv gives the same table as CSV")
    ResponseEntity<?> compare(
            @Parameter(description = "2 to 6 member codes, comma-separated") @RequestParam(required = false) String members,
            @RequestParam(required = false) Region region, @RequestParam(required = false) MemberType type,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        List<String> codes = compared(members, region, type);
        List<MemberView> chosen = codes.stream().map(code -> views.of(code).orElseThrow(
                () -> ApiProblemException.notFound("No member '" + code + "' in the reports"))).toList();
        Set<String> cohortIds = new LinkedHashSet<>();
        chosen.forEach(v -> cohortIds.addAll(Comparison.cohortIds(v)));
        Comparison comparison = Comparison.of(chosen, cohorts.find(cohortIds));
        if (accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(t -> t.isCompatibleWith(MediaType.parseMediaType(TEXT_CSV)) && !t.isWildcardType())) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(TEXT_CSV + ";charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"comparison.csv\"")
                    .body(ComparisonCsv.of(comparison));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(comparison);
    }

    /** The members to compare, every bad part of the question named. */
    private List<String> compared(String named, Region region, MemberType type) {
        int ways = (named != null ? 1 : 0) + (region != null ? 1 : 0) + (type != null ? 1 : 0);
        if (ways != 1) {
            throw ApiProblemException.invalid(FieldViolation.of("members", "name 2 to 6 members, or one cohort with "
                    + "region= or type=, not " + (ways == 0 ? "nothing" : "several")));
        }
        if (named == null) {
            List<String> cohort = members.list(type, MemberStatus.ACTIVE, region).stream().map(MemberSnapshot::code)
                    .toList();
            if (cohort.isEmpty()) {
                throw ApiProblemException.notFound("No active member of " + (region != null ? "region " + region
                        : "type " + type) + " in the reports");
            }
            return cohort;
        }
        List<String> codes = Arrays.stream(named.split(",", -1)).toList();
        Set<String> distinct = new LinkedHashSet<>(codes);
        if (codes.size() < Comparison.MIN_MEMBERS || codes.size() > Comparison.MAX_MEMBERS
                || distinct.size() != codes.size()) {
            throw ApiProblemException.invalid(FieldViolation.of("members", "must be " + Comparison.MIN_MEMBERS
                    + " to " + Comparison.MAX_MEMBERS + " different member codes, comma-separated", named));
        }
        List<String> unknown = codes.stream().filter(c -> members.find(c).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblemException.ruleViolated("Not members in the reports: " + String.join(", ", unknown),
                    List.of(FieldViolation.of("members", "names no member in the reports: " + String.join(", ", unknown),
                            named)));
        }
        return codes;
    }
}
