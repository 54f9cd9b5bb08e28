package org.shanhai.metrics.scorecard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.shanhai.common.tabular.Sheet;
import org.shanhai.metrics.milestone.MilestoneView;
import org.shanhai.metrics.observation.ValueRules;

/** The scorecard as a workbook a provincial office prints: a title block, Chinese headers, numbers as numbers (two decimals). */
final class ScorecardSheets {

    static final List<String> HEADER = List.of("类别", "指标代码", "指标", "单位", "方向", "本期值", "口径", "同比期值", "环比期值",
            "同比变化%", "同比变化(百分点)", "基线期", "基线值", "目标期", "目标值", "目标进度%", "趋势", "已审核", "说明");

    private ScorecardSheets() {
    }

    static List<Sheet> of(ScorecardView s) {
        List<List<Object>> rows = new ArrayList<>();
        s.inputs().forEach(r -> rows.add(row("投入", r)));
        s.outcomes().forEach(r -> rows.add(row("产出", r)));
        List<String> title = List.of("帮扶项目成效评价表 " + s.programmeName(),
                "项目 " + s.programmeCode() + "　受援机构 " + (s.institutionName() == null ? s.institutionId() : s.institutionName()),
                "期间 " + s.period() + "　同比 " + s.previousPeriod() + (s.priorPeriod() == null ? "" : "　环比 " + s.priorPeriod())
                        + "　生成于 " + s.generatedAt().atZoneSameInstant(org.shanhai.common.time.Clock.CHINA).toLocalDate());
        List<Sheet> sheets = new ArrayList<>();
        sheets.add(new Sheet("评价表", title, HEADER, rows));
        List<List<Object>> milestones = new ArrayList<>();
        for (MilestoneView m : s.milestones()) {
            milestones.add(Arrays.asList(m.type().name(), m.name(), m.department(), m.achieved(),
                    m.independent() == null ? null : m.independent() ? "是" : "否",
                    m.level() == null ? null : m.level().name(), m.stage() == null ? null : m.stage().name(),
                    m.grade() == null ? null : m.grade().name(), m.standard() == null ? null : m.standard().name(), m.note()));
        }
        sheets.add(new Sheet("里程碑", title, List.of("类型", "名称", "科室", "达成时间", "本土独立开展", "级别", "阶段", "等级", "标准",
                "说明"), milestones));
        List<List<Object>> spans = new ArrayList<>();
        s.reportedForSpans().forEach(r -> spans.add(Arrays.asList(r.indicator(), r.nameZh(), r.period(), ValueRules.display(r.value()),
                r.basis() == null ? null : r.basis().name(), r.note())));
        sheets.add(new Sheet("跨期报告数", title, List.of("指标代码", "指标", "期间", "数值", "口径", "说明"), spans));
        return sheets;
    }

    private static List<Object> row(String side, ScorecardView.Row r) {
        return Arrays.asList(side, r.indicator(), r.nameZh(), r.unit().name(),
                r.direction() == org.shanhai.metrics.indicator.Direction.LOWER_IS_BETTER ? "越低越好" : "越高越好",
                ValueRules.display(r.value()),
                r.basis() == null ? null : r.basis().name(), ValueRules.display(r.previousValue()), ValueRules.display(r.priorPeriodValue()),
                ValueRules.display(r.changePercent()), ValueRules.display(r.changePoints()), r.baselinePeriod(), ValueRules.display(r.baselineValue()),
                r.targetPeriod(), ValueRules.display(r.targetValue()), ValueRules.display(r.progressPercent()),
                r.trend() == null ? null : switch (r.trend()) {
                    case IMPROVING -> "向好";
                    case WORSENING -> "变差";
                    case STABLE -> "持平";
                }, r.approved() == null ? null : r.approved() ? "是" : "否",
                r.note());
    }
}
