package org.shanhai.metrics;

import org.shanhai.common.codes.HospitalGrade;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.shanhai.common.codes.CodeListSource;
import org.shanhai.metrics.approval.ApprovalState;
import org.shanhai.metrics.indicator.Aggregation;
import org.shanhai.metrics.indicator.Direction;
import org.shanhai.metrics.indicator.Source;
import org.shanhai.metrics.indicator.Unit;
import org.shanhai.metrics.milestone.MilestoneLevel;
import org.shanhai.metrics.milestone.MilestoneStage;
import org.shanhai.metrics.milestone.MilestoneType;
import org.shanhai.metrics.milestone.Standard;
import org.shanhai.metrics.observation.ObservationBasis;
import org.shanhai.metrics.report.Coverage;
import org.shanhai.metrics.scorecard.Trend;
import org.shanhai.metrics.series.Basis;
import org.shanhai.metrics.validation.Operator;

/** metrics-service's enumerations as code lists (GET /api/v1/code-lists/{name}); each constant carries its labels. */
public class MetricsCodeLists implements CodeListSource {

    @Override
    public Map<String, Class<? extends Enum<?>>> enumerations() {
        Map<String, Class<? extends Enum<?>>> lists = new LinkedHashMap<>();
        lists.put("indicator-unit", Unit.class);
        lists.put("indicator-direction", Direction.class);
        lists.put("indicator-aggregation", Aggregation.class);
        lists.put("indicator-source", Source.class);
        lists.put("observation-basis", ObservationBasis.class);
        lists.put("series-basis", Basis.class);
        lists.put("approval-state", ApprovalState.class);
        lists.put("milestone-type", MilestoneType.class);
        lists.put("milestone-level", MilestoneLevel.class);
        lists.put("milestone-stage", MilestoneStage.class);
        lists.put("hospital-grade", HospitalGrade.class);
        lists.put("capability-standard", Standard.class);
        lists.put("trend", Trend.class);
        lists.put("rule-operator", Operator.class);
        lists.put("coverage-status", Coverage.Status.class);
        return Collections.unmodifiableMap(lists);
    }
}
