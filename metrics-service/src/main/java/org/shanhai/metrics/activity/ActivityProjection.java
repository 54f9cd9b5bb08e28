package org.shanhai.metrics.activity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.shanhai.common.events.contract.ExamResultEvent;
import org.shanhai.common.events.contract.MentorshipEvent;
import org.shanhai.common.events.contract.ReportedTotalEvent;
import org.shanhai.common.events.contract.ResourceInputEvent;
import org.shanhai.common.events.contract.SecondmentEvent;
import org.shanhai.common.events.contract.TrainingActivityEvent;
import org.shanhai.common.readmodel.EventHandler;
import org.shanhai.common.readmodel.InboundEvent;
import org.shanhai.common.readmodel.InvalidEventException;
import org.shanhai.common.readmodel.Projection;
import org.shanhai.common.readmodel.ReadModelRouter;

/**
 * The records the activity indicators are counted from, kept from training.events and
 * programme.events through the shared router (deduplication by ce_id, retries, dead letters). Each
 * row holds its entity's latest version (Projection: an older event never overwrites), so a
 * correction moves a count from one month to another and a replay gives the same counts.
 */
@ApplicationScoped
public class ActivityProjection implements EventHandler {

    @Inject
    EntityManager em;

    @Inject
    ReadModelRouter router;

    @Override
    public Set<String> types() {
        return Set.of(TrainingActivityEvent.RECORDED, TrainingActivityEvent.CORRECTED, MentorshipEvent.STARTED,
                MentorshipEvent.COMPLETED, MentorshipEvent.DISCONTINUED, SecondmentEvent.STARTED,
                SecondmentEvent.COMPLETED, ExamResultEvent.RECORDED, ExamResultEvent.CORRECTED,
                ResourceInputEvent.RECORDED, ReportedTotalEvent.REPORTED);
    }

    @Override
    public void apply(InboundEvent event) {
        switch (event.type()) {
            case TrainingActivityEvent.RECORDED, TrainingActivityEvent.CORRECTED -> activity(event);
            case MentorshipEvent.STARTED, MentorshipEvent.COMPLETED, MentorshipEvent.DISCONTINUED -> mentorship(event);
            case SecondmentEvent.STARTED, SecondmentEvent.COMPLETED -> secondment(event);
            case ExamResultEvent.RECORDED, ExamResultEvent.CORRECTED -> exam(event);
            case ResourceInputEvent.RECORDED -> resourceInput(event);
            default -> reportedTotal(event);
        }
    }

    private void activity(InboundEvent event) {
        TrainingActivityEvent e = event.payload(router.reader(), TrainingActivityEvent.class);
        event.require(e.id() != null && e.programmeId() != null && e.institutionId() != null && e.type() != null
                && e.date() != null && e.attendeeCount() >= 0);
        upsert(KnownTrainingActivity.class, KnownTrainingActivity::new, e.id(), e.version(), event, row -> {
            row.programmeId = e.programmeId();
            row.institutionId = e.institutionId();
            row.type = e.type();
            row.activityDate = event.date(e.date());
            row.attendeeCount = e.attendeeCount();
        });
    }

    private void mentorship(InboundEvent event) {
        MentorshipEvent e = event.payload(router.reader(), MentorshipEvent.class);
        event.require(e.id() != null && e.programmeId() != null && e.institutionId() != null && e.startDate() != null
                && e.status() != null);
        upsert(KnownMentorship.class, KnownMentorship::new, e.id(), e.version(), event, row -> {
            row.programmeId = e.programmeId();
            row.institutionId = e.institutionId();
            row.startDate = event.date(e.startDate());
            row.endDate = event.date(e.endDate());
            row.status = e.status();
        });
    }

    private void secondment(InboundEvent event) {
        SecondmentEvent e = event.payload(router.reader(), SecondmentEvent.class);
        event.require(e.id() != null && e.programmeId() != null && e.institutionId() != null && e.type() != null
                && e.startDate() != null && e.status() != null);
        upsert(KnownSecondment.class, KnownSecondment::new, e.id(), e.version(), event, row -> {
            row.programmeId = e.programmeId();
            row.institutionId = e.institutionId();
            row.type = e.type();
            row.startDate = event.date(e.startDate());
            row.endDate = event.date(e.endDate());
            row.status = e.status();
        });
    }

    private void exam(InboundEvent event) {
        ExamResultEvent e = event.payload(router.reader(), ExamResultEvent.class);
        event.require(e.id() != null && e.institutionId() != null && e.examType() != null && e.candidates() >= 0
                && e.passed() >= 0 && e.passed() <= e.candidates());
        upsert(KnownExamResult.class, KnownExamResult::new, e.id(), e.version(), event, row -> {
            row.institutionId = e.institutionId();
            row.examYear = e.year();
            row.examType = e.examType();
            row.candidates = e.candidates();
            row.passed = e.passed();
        });
    }

    private void resourceInput(InboundEvent event) {
        ResourceInputEvent e = event.payload(router.reader(), ResourceInputEvent.class);
        event.require(e.id() != null && e.programmeId() != null && e.institutionId() != null && e.kind() != null
                && e.amount() != null && e.date() != null);
        BigDecimal amount;
        try {
            amount = new BigDecimal(e.amount());
        } catch (NumberFormatException ex) {
            throw new InvalidEventException(event.type() + " " + event.id() + ": amount '" + e.amount()
                    + "' is not a decimal");
        }
        // resource inputs are recorded once and never changed: the event carries no version
        upsert(KnownResourceInput.class, KnownResourceInput::new, e.id(), 0, event, row -> {
            row.programmeId = e.programmeId();
            row.institutionId = e.institutionId();
            row.kind = e.kind();
            row.amount = amount;
            row.inputDate = event.date(e.date());
        });
    }

    private void reportedTotal(InboundEvent event) {
        ReportedTotalEvent e = event.payload(router.reader(), ReportedTotalEvent.class);
        event.require(e.id() != null && e.programmeId() != null && e.institutionId() != null && e.type() != null
                && e.from() != null && e.to() != null && e.count() >= 0 && e.source() != null
                && e.source().report() != null && e.source().date() != null);
        upsert(KnownReportedTotal.class, KnownReportedTotal::new, e.id(), e.version(), event, row -> {
            row.programmeId = e.programmeId();
            row.institutionId = e.institutionId();
            row.type = e.type();
            row.fromDate = event.date(e.from());
            row.toDate = event.date(e.to());
            row.count = e.count();
            row.attendances = e.attendances();
            row.report = e.source().report();
            row.reportDate = event.date(e.source().date());
            row.quote = e.source().quote();
        });
    }

    private <T extends Projection> void upsert(Class<T> type, Supplier<T> fresh, UUID id, long version,
            InboundEvent event, Consumer<T> copy) {
        Projection.upsert(em, type, fresh, id, version, event.id(), copy);
    }
}
