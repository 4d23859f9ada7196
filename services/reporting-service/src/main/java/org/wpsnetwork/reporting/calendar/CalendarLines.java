package org.wpsnetwork.reporting.calendar;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.membership.MemberSnapshot;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.mongo.FoundPage;
import org.wpsnetwork.kit.web.PageRequest;
import org.wpsnetwork.reporting.nap.ReportingCalendar;
import org.wpsnetwork.reporting.views.ViewStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reporting calendar's lines, materialised: one document per expected report of an active member, written with
 * the member's view, so that the list behind the network's reporting figures is one indexed query.
 */
@Component
public class CalendarLines {

    static final String COLLECTION = "calendar_lines";
    private static final String LINE = "line";

    /** One expected report of an active member, with the member's name, region and type for filtering. */
    record CalendarLine(String memberCode, String memberName, Region region, MemberType type, String planId,
                        LocalDate from, LocalDate to, LocalDate dueOn,
                        ReportingCalendar.PeriodStatus status, String reportId, LocalDate receivedOn) {
    }

    private final MongoCollection<Document> lines;
    private final DocumentMapper mapper;

    CalendarLines(ViewStore store, DocumentMapper mapper) {
        this.lines = store.collection(COLLECTION);
        this.mapper = mapper;
        store.index(COLLECTION, Indexes.ascending("memberCode", "seq"), new IndexOptions().name("member_order"));
        store.index(COLLECTION, Indexes.ascending("region", "type", "status"), new IndexOptions().name("filters"));
    }

    /**
     * Replaces a member's {@code before} lines ({@code member} null and no lines for one that is gone). By
     * {@code _id}, which every MongoDB-wire server answers from its index.
     */
    public void replace(String memberCode, int before, MemberSnapshot member,
                        List<ReportingCalendar.ExpectedReport> calendar) {
        if (before > 0) {
            List<String> ids = new ArrayList<>(before);
            for (int i = 0; i < before; i++) {
                ids.add(id(memberCode, i));
            }
            lines.deleteMany(Filters.in("_id", ids));
        }
        if (calendar.isEmpty()) {
            return;
        }
        List<Document> documents = new ArrayList<>(calendar.size());
        for (int i = 0; i < calendar.size(); i++) {
            ReportingCalendar.ExpectedReport report = calendar.get(i);
            CalendarLine line = new CalendarLine(member.code(), member.name(), member.region(), member.type(),
                    report.planId(), report.from(), report.to(), report.dueOn(), report.status(), report.reportId(),
                    report.receivedOn());
            documents.add(new Document("_id", id(memberCode, i)).append("memberCode", memberCode).append("seq", i)
                    .append("region", member.region().name()).append("type", member.type().name())
                    .append("status", report.status().name()).append(LINE, mapper.toDocument(line)));
        }
        lines.insertMany(documents);
    }

    private static String id(String memberCode, int line) {
        return memberCode + "#" + line;
    }

    /** The lines that match, by member then period, one page of them. */
    FoundPage<CalendarLine> find(Region region, MemberType type, ReportingCalendar.PeriodStatus status,
                                 PageRequest page) {
        return FoundPage.find(lines, Sorts.ascending("memberCode", "seq"), page,
                d -> mapper.fromDocument(d.get(LINE, Document.class), CalendarLine.class),
                region == null ? null : Filters.eq("region", region.name()),
                type == null ? null : Filters.eq("type", type.name()),
                status == null ? null : Filters.eq("status", status.name()));
    }
}
