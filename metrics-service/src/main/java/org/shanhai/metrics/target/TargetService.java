package org.shanhai.metrics.target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.TargetEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.InvalidValueException;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.readmodel.programme.ProgrammeReferences.ProgrammeFacts;
import org.shanhai.common.rest.JsonBodies;
import org.shanhai.common.security.Caller;
import org.shanhai.metrics.indicator.Indicator;
import org.shanhai.metrics.indicator.IndicatorService;
import org.shanhai.metrics.observation.ValueRules;
import org.shanhai.metrics.period.Period;
import org.shanhai.metrics.programme.ProgrammeRecords;
import org.shanhai.metrics.series.Aggregator;
import org.shanhai.metrics.series.IndicatorValues;

/**
 * A programme's targets. PUT gives the whole set: a new entry is created, a changed one updated, one
 * left out removed, an unchanged one left alone; each change is an event ({@code target.set},
 * {@code target.removed}) and a history entry. A baseline value left out is taken from the
 * institution's data for the baseline period (by the indicator's rule), or refused when there is none.
 */
@ApplicationScoped
public class TargetService {

    static final Aggregate<Target> AGGREGATE = new Aggregate<>(TargetEvent.AGGREGATE, t -> t.programmeId.toString(),
            TargetService::event);

    @Inject
    ProgrammeRecords programmes;

    @Inject
    IndicatorService indicators;

    @Inject
    IndicatorValues values;

    @Inject
    EntityWrites writes;

    @Inject
    JsonBodies bodies;

    @Inject
    History history;

    @Inject
    Caller caller;

    @Transactional
    public TargetView.Set replace(UUID programmeId, String body) {
        ProgrammeFacts p = programmes.get(programmeId);
        programmes.requireWrite(p);
        TargetRequests.TargetSet request = bodies.bind(body, TargetRequests.TargetSet.class);
        Map<String, Target> existing = new HashMap<>();
        Target.<Target>list("programmeId", programmeId).forEach(t -> existing.put(t.institutionId + "/" + t.indicatorCode, t));
        Map<String, Target> wanted = new HashMap<>();
        for (int i = 0; i < request.targets().size(); i++) {
            Target t = checked(p, request.targets().get(i), "targets[" + i + "].");
            String key = t.institutionId + "/" + t.indicatorCode;
            if (wanted.put(key, t) != null) {
                throw Problems.invalid("targets[" + i + "].indicator", Text.of("a second target for " + t.indicatorCode
                        + " at institution " + t.institutionId,
                        "本次请求中机构 " + t.institutionId + " 的指标 " + t.indicatorCode + " 有第二个目标（每个指标只能有一个）"));
            }
        }
        for (Map.Entry<String, Target> e : existing.entrySet()) {
            if (!wanted.containsKey(e.getKey())) {
                writes.delete(e.getValue(), TargetEvent.REMOVED, AGGREGATE);
            }
        }
        for (Map.Entry<String, Target> e : wanted.entrySet()) {
            Target fresh = e.getValue();
            Target old = existing.get(e.getKey());
            if (old == null) {
                writes.create(fresh, TargetEvent.SET, AGGREGATE);
            } else if (!old.snapshot().equals(fresh.snapshot())) {
                writes.update(old, TargetEvent.SET, AGGREGATE, t -> {
                    t.baselinePeriod = fresh.baselinePeriod;
                    t.baselineValue = fresh.baselineValue;
                    t.baselineFromData = fresh.baselineFromData;
                    t.targetPeriod = fresh.targetPeriod;
                    t.targetValue = fresh.targetValue;
                    t.setBy = fresh.setBy;
                });
            }
        }
        return list(programmeId);
    }

    public TargetView.Set list(UUID programmeId) {
        programmes.get(programmeId);
        return new TargetView.Set(programmeId, Target.<Target>list("programmeId = ?1 order by institutionId, indicatorCode",
                programmeId).stream().map(TargetView::of).toList());
    }

    /** The programme's targets at one institution, by indicator code. */
    public Map<String, TargetView> at(UUID programmeId, UUID institutionId) {
        Map<String, TargetView> m = new HashMap<>();
        Target.<Target>list("programmeId = ?1 and institutionId = ?2", programmeId, institutionId)
                .forEach(t -> m.put(t.indicatorCode, TargetView.of(t)));
        return m;
    }

    public Page<HistoryEntry> history(UUID programmeId, PageRequest page) {
        programmes.get(programmeId);
        return history.ofKey(TargetEvent.AGGREGATE, programmeId.toString(), page);
    }

    private Target checked(ProgrammeFacts p, TargetRequests.Entry e, String prefix) {
        Indicator indicator = indicators.find(e.indicator().strip()).orElseThrow(() -> Problems.unprocessable(
                prefix + "indicator", Text.of("indicator " + e.indicator() + " is not in the catalogue",
                        "指标 " + e.indicator() + " 不在指标目录中")));
        UUID institutionId = programmes.recipient(p, e.institutionId(), prefix + "institutionId");
        Period baseline = period(prefix + "baselinePeriod", e.baselinePeriod());
        Period target = period(prefix + "targetPeriod", e.targetPeriod());
        if (!target.end().isAfter(baseline.end())) {
            throw Problems.unprocessable(prefix + "targetPeriod", Text.of("must end after the baseline period " + baseline,
                    "应晚于基线期间 " + baseline + " 结束"));
        }
        check(prefix + "targetValue", indicator, e.targetValue());
        Target t = new Target();
        t.programmeId = p.id();
        t.institutionId = institutionId;
        t.indicatorCode = indicator.code;
        t.baselinePeriod = baseline.toString();
        t.targetPeriod = target.toString();
        t.targetValue = e.targetValue();
        t.setBy = caller.subject();
        if (e.baselineValue() != null) {
            check(prefix + "baselineValue", indicator, e.baselineValue());
            t.baselineValue = e.baselineValue();
        } else {
            Aggregator.Point at = values.load(institutionId, List.of(indicator), baseline.start(), baseline.end(), false)
                    .value(indicator.code, baseline);
            if (at.value() == null || at.partial()) {
                // the Chinese names the missing periods: the point's note is in English
                List<Period> missing = at.missing().equals(List.of(baseline)) ? List.of() : at.missing();
                throw Problems.unprocessable(prefix + "baselineValue", Text.of("institution " + institutionId + " has "
                        + (at.value() == null ? "no" : "only a partial") + " value of " + indicator.code + " for " + baseline
                        + (at.note() == null ? "" : " (" + at.note() + ")") + "; give the baseline value",
                        "机构 " + institutionId + " 的指标 " + indicator.code + " 在 " + baseline
                        + (at.value() == null ? " 没有数值" : " 只有部分数值")
                        + (missing.isEmpty() ? "" : "（未报告："
                                + String.join("、", missing.stream().map(Period::toString).toList()) + "）")
                        + "；请填写基线值"));
            }
            t.baselineValue = at.value();
            t.baselineFromData = true;
        }
        return t;
    }

    private static Period period(String field, String text) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException ex) {
            throw Problems.invalid(field, InvalidValueException.reasonOf(ex));
        }
    }

    private static void check(String field, Indicator indicator, BigDecimal value) {
        ValueRules.problem(indicator.unit, value).ifPresent(msg -> {
            throw Problems.invalid(field, msg);
        });
    }

    static TargetEvent event(Target t, Map<String, Change> changes) {
        return new TargetEvent(t.id, t.programmeId, t.institutionId, t.indicatorCode, t.baselinePeriod,
                ValueRules.plain(t.baselineValue).toPlainString(), t.targetPeriod,
                ValueRules.plain(t.targetValue).toPlainString(), t.version, changes);
    }
}
