package org.shanhai.metrics.report;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shanhai.common.codes.DivisionCode;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.readmodel.InstitutionReference;
import org.shanhai.common.readmodel.InstitutionReferences;
import org.shanhai.common.readmodel.programme.ProgrammeReferences;
import org.shanhai.metrics.approval.ApprovalService;
import org.shanhai.metrics.approval.ApprovalState;
import org.shanhai.metrics.indicator.Aggregation;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.IndicatorService;
import org.shanhai.metrics.indicator.Source;
import org.shanhai.metrics.observation.ObservationService;
import org.shanhai.metrics.period.Period;

/**
 * Completeness (DHIS2's reporting rate): for every recipient institution of a division, the reported
 * indicators (source REPORTED and reported directly, so not the ratios, whose parts are listed) it has
 * not reported in full for the period, and where its data for the year stands in approval.
 */
@ApplicationScoped
public class CompletenessService {

    static final Map<String, Comparator<CompletenessRow>> SORTABLE = Map.of(
            "completenessPercent", Comparator.comparing(CompletenessRow::completenessPercent),
            "name", Comparator.comparing(r -> r.institutionName() == null ? "" : r.institutionName()),
            "divisionCode", Comparator.comparing(r -> r.divisionCode() == null ? "" : r.divisionCode()),
            "state", Comparator.comparing(CompletenessRow::state),
            "id", Comparator.comparing(CompletenessRow::institutionId));

    @Inject
    ProgrammeReferences programmes;

    @Inject
    InstitutionReferences institutions;

    @Inject
    IndicatorService indicators;

    @Inject
    ObservationService observations;

    @Inject
    ApprovalService approvals;

    public CompletenessReport report(Period period, String divisionPrefix, PageRequest page) {
        Sort sort = page.toSort(SORTABLE.keySet().stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> k)),
                "completenessPercent,name");
        List<Indicator> expected = indicators.all().stream()
                .filter(i -> i.source == Source.REPORTED && i.aggregation != Aggregation.RATIO).toList();
        List<InstitutionReference> recipients = new ArrayList<>();
        for (InstitutionReference i : institutions.findAll(programmes.recipientIds()).values()) {
            if (divisionPrefix == null || DivisionCode.within(i.divisionCode, divisionPrefix)) {
                recipients.add(i);
            }
        }
        List<UUID> ids = recipients.stream().map(i -> i.id).toList();
        Map<UUID, Map<String, Set<String>>> reported = observations.reportedPeriods(ids, period.start(), period.end());
        Map<UUID, ApprovalState> states = approvals.states(ids, period.year());

        List<CompletenessRow> rows = new ArrayList<>();
        for (InstitutionReference i : recipients) {
            Map<String, Set<String>> byIndicator = reported.getOrDefault(i.id, Map.of());
            List<CompletenessRow.Missing> missing = new ArrayList<>();
            for (Indicator indicator : expected) {
                Coverage.Result c = Coverage.of(period, byIndicator.getOrDefault(indicator.code, Set.of()));
                if (c.status() != Coverage.Status.COMPLETE) {
                    missing.add(new CompletenessRow.Missing(indicator.code, indicator.nameZh, c.status(), c.detail()));
                }
            }
            int done = expected.size() - missing.size();
            rows.add(new CompletenessRow(i.id, i.name, i.divisionCode, states.getOrDefault(i.id, ApprovalState.DRAFT),
                    expected.size(), done, percent(done, expected.size()), missing));
        }
        rows.sort(comparator(sort));
        int complete = (int) rows.stream().filter(r -> r.missing().isEmpty()).count();
        int submitted = (int) rows.stream().filter(r -> r.state().locks()).count();
        int approved = (int) rows.stream().filter(r -> r.state() == ApprovalState.APPROVED).count();
        List<CompletenessRow> slice = rows.subList(Math.min(page.offset(), rows.size()),
                Math.min(page.offset() + page.size, rows.size()));
        Page<CompletenessRow> p = Page.of(slice, rows.size(), page);
        return new CompletenessReport(period.toString(), divisionPrefix, rows.size(), complete, submitted, approved,
                percent(complete, rows.size()), p.items(), p.page(), p.size(), p.totalItems(), p.totalPages(), null, null);
    }

    private static Comparator<CompletenessRow> comparator(Sort sort) {
        Comparator<CompletenessRow> c = null;
        for (Sort.Column col : sort.getColumns()) {
            Comparator<CompletenessRow> next = SORTABLE.get(col.getName());
            if (col.getDirection() == Sort.Direction.Descending) {
                next = next.reversed();
            }
            c = c == null ? next : c.thenComparing(next);
        }
        return c;
    }

    static BigDecimal percent(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
