package org.shanhai.metrics.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shanhai.common.entity.Aggregate;
import org.shanhai.common.entity.EntityWrites;
import org.shanhai.common.etag.ETags;
import org.shanhai.common.events.contract.Change;
import org.shanhai.common.events.contract.IndicatorEvent;
import org.shanhai.common.history.History;
import org.shanhai.common.history.HistoryEntry;
import org.shanhai.common.paging.Filters;
import org.shanhai.common.paging.Page;
import org.shanhai.common.paging.PageRequest;
import org.shanhai.common.problem.Problems;
import org.shanhai.common.problem.Text;
import org.shanhai.common.rest.JsonBodies;

/** The catalogue: the national set (seeded by migration) and NATIONAL_ADMIN's custom indicators. */
@ApplicationScoped
public class IndicatorService {

    static final Map<String, String> SORTABLE = Map.of("code", "code", "category", "category", "nameZh", "nameZh",
            "updatedAt", "updatedAt");

    static final Aggregate<Indicator> AGGREGATE = new Aggregate<>(IndicatorEvent.AGGREGATE, i -> i.code,
            IndicatorService::event);

    @Inject
    EntityWrites writes;

    @Inject
    JsonBodies bodies;

    @Inject
    History history;

    @Transactional
    public Indicator define(String body) {
        IndicatorRequest r = bodies.bind(body, IndicatorRequest.class);
        if (find(r.code()).isPresent()) {
            throw Problems.conflict("code", Text.of("indicator " + r.code() + " already exists; change it with PUT",
                    "指标 " + r.code() + " 已存在；请用 PUT 修改"));
        }
        Indicator i = new Indicator();
        i.code = r.code();
        i.source = Source.REPORTED; // what is derived is the services' own, not a custom definition
        i.custom = true;
        apply(i, r);
        check(i);
        return writes.create(i, IndicatorEvent.DEFINED, AGGREGATE);
    }

    /** A new version of the definition; observations keep the version they were reported under. */
    @Transactional
    public Indicator redefine(String code, String ifMatch, String body) {
        Indicator i = Indicator.<Indicator>find("code", code).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> Problems.notFound("indicator", code));
        ETags.check(ifMatch, i.version);
        IndicatorRequest r = bodies.bind(body, IndicatorRequest.class);
        if (!r.code().equals(code)) {
            throw Problems.invalid("code", Text.of("an indicator keeps its code; define a new one instead",
                    "指标代码不可更改；请另行定义新指标"));
        }
        Indicator candidate = new Indicator(); // checked before the stored one changes (a query would flush it)
        candidate.code = i.code;
        apply(candidate, r);
        check(candidate);
        writes.update(i, IndicatorEvent.REDEFINED, AGGREGATE, x -> apply(x, r));
        return i;
    }

    public Optional<Indicator> find(String code) {
        return code == null ? Optional.empty() : Indicator.find("code", code).firstResultOptional();
    }

    /** The whole catalogue, by code. */
    public List<Indicator> all() {
        return Indicator.list("order by code");
    }

    public Indicator get(String code) {
        return find(code).orElseThrow(() -> Problems.notFound("indicator", code));
    }

    public Page<HistoryEntry> history(String code, PageRequest page) {
        return history.of(IndicatorEvent.AGGREGATE, get(code).id, null, page);
    }

    public Page<IndicatorView> search(String category, Source source, Aggregation aggregation, String q,
            PageRequest page) {
        Filters f = new Filters()
                .and("category = :category", "category", category)
                .and("source = :source", "source", source)
                .and("aggregation = :aggregation", "aggregation", aggregation)
                .and("(lower(code) like :q or lower(nameZh) like :q or lower(nameEn) like :q)", "q",
                        q == null || q.isBlank() ? null : PageRequest.containsPattern(q));
        return Page.of(Indicator.find(f.query(), page.toSort(SORTABLE, "code"), f.params()), page, IndicatorView::of);
    }

    private static void apply(Indicator i, IndicatorRequest r) {
        i.nameZh = r.nameZh().strip();
        i.nameEn = r.nameEn().strip();
        i.unit = r.unit();
        i.direction = r.direction();
        i.aggregation = r.aggregation();
        i.numeratorCode = blankToNull(r.numeratorCode());
        i.denominatorCode = blankToNull(r.denominatorCode());
        i.category = r.category();
        i.stableThreshold = r.stableThreshold();
    }

    /** A RATIO names two existing indicators other than itself, and no ratio may reach itself. */
    private void check(Indicator i) {
        if (i.aggregation != Aggregation.RATIO) {
            if (i.numeratorCode != null || i.denominatorCode != null) {
                throw Problems.invalid(i.numeratorCode != null ? "numeratorCode" : "denominatorCode",
                        Text.of("only a RATIO indicator has a numerator and a denominator", "只有 RATIO 指标才有分子和分母"));
            }
            return;
        }
        for (String[] part : List.of(new String[] {"numeratorCode", i.numeratorCode, "分子"},
                new String[] {"denominatorCode", i.denominatorCode, "分母"})) {
            if (part[1] == null) {
                throw Problems.invalid(part[0], Text.of("a RATIO indicator names its " + part[0].replace("Code", ""),
                        "RATIO 指标须指明其" + part[2]));
            }
            if (part[1].equals(i.code)) {
                throw Problems.unprocessable(part[0], Text.of("a ratio cannot be its own " + part[0].replace("Code", ""),
                        "比率不能以自身为" + part[2]));
            }
            if (find(part[1]).isEmpty()) {
                throw Problems.unprocessable(part[0], Text.of("indicator " + part[1] + " does not exist",
                        "指标 " + part[1] + " 不存在"));
            }
        }
        Map<String, RatioGraph.Parts> ratios = new HashMap<>();
        Indicator.<Indicator>list("aggregation", Aggregation.RATIO)
                .forEach(x -> ratios.put(x.code, new RatioGraph.Parts(x.numeratorCode, x.denominatorCode)));
        ratios.put(i.code, new RatioGraph.Parts(i.numeratorCode, i.denominatorCode));
        RatioGraph.cycleThrough(i.code, ratios).ifPresent(cycle -> {
            throw Problems.unprocessable("numeratorCode", Text.of("the definition makes a cycle: " + String.join(" → ", cycle),
                    "该定义会形成循环：" + String.join(" → ", cycle)));
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static IndicatorEvent event(Indicator i, Map<String, Change> changes) {
        return new IndicatorEvent(i.id, i.code, i.nameZh, i.nameEn, i.unit.name(), i.direction.name(),
                i.aggregation.name(), i.numeratorCode, i.denominatorCode, i.category, i.source.name(), i.custom,
                i.stableThreshold == null ? null : i.stableThreshold.toPlainString(), i.version, changes);
    }
}
