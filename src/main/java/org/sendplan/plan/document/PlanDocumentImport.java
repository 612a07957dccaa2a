package org.sendplan.plan.document;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanContentChanged;
import org.sendplan.plan.PlanSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Replaces a draft's whole content with an imported document, and records the change. */
@Service
public class PlanDocumentImport {

    private final PlanDocumentReader reader;
    private final PlanDocumentWriter writer;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    PlanDocumentImport(PlanDocumentReader reader, PlanDocumentWriter writer, JsonMapper json,
            ApplicationEventPublisher events) {
        this.reader = reader;
        this.writer = writer;
        this.json = json;
        this.events = events;
    }

    /** @return the plan as stored afterwards */
    @Transactional
    public PlanDocument replace(PlanSummary plan, PlanDocument replacement, CurrentUser user) {
        PlanDocument before = reader.read(plan.id());
        writer.replace(plan.id(), replacement, user.getId());
        PlanDocument after = reader.read(plan.id());
        events.publishEvent(new PlanContentChanged(plan.id(), plan.partnershipId(), user.getId(), user.getEmail(), null,
                json.writeValueAsString(before), json.writeValueAsString(after)));
        return after;
    }
}
