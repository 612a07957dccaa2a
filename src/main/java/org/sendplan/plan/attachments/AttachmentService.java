package org.sendplan.plan.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanContentChanged;
import org.sendplan.plan.PlanNotEditableException;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanStatus;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.SectionCompletionCheck;
import org.sendplan.plan.SectionStatus;
import org.sendplan.plan.attachments.AttachmentContent.CheckedFile;
import org.sendplan.plan.authoring.SectionParts;
import org.sendplan.plan.document.AttachmentSlot;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.plan.document.PlanDocument.Attachment;
import org.sendplan.plan.document.PlanDocumentReader;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Files attached to a plan, stored in PostgreSQL with their SHA-256. Each slot that belongs to a
 * section holds one file: storing another replaces it. {@link AttachmentSlot#OTHER} belongs to no
 * section, so it has no page and this service refuses it until the audit trail can record a
 * change that is not a section's.
 *
 * <p>Every change is checked against the user's rights ({@link PlanAccess#editable}), audited as a
 * change to the owning section ({@link PlanContentChanged}, before and after being the slot's
 * {@code attachments} as in {@code sendplan/v1}) and moves that section on a version, so a section
 * form opened before the change sees a conflict instead of saving over it unawares.
 */
@Service
public class AttachmentService {

    private final JdbcClient jdbc;
    private final PlanAccess access;
    private final PlanDocumentReader reader;
    private final SectionCompletionCheck completionCheck;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    AttachmentService(JdbcClient jdbc, PlanAccess access, PlanDocumentReader reader,
            SectionCompletionCheck completionCheck, ApplicationEventPublisher events, JsonMapper json) {
        this.jdbc = jdbc;
        this.access = access;
        this.reader = reader;
        this.completionCheck = completionCheck;
        this.events = events;
        this.json = json;
    }

    /** What a change did. */
    public sealed interface Outcome {
    }

    /** Done (or nothing to do); the owning section is now at {@code sectionVersion}. */
    public record Saved(long sectionVersion) implements Outcome {
    }

    /** Nothing done: the section was saved by someone else after the version the user started from. */
    public record Conflict() implements Outcome {
    }

    /** Where a download's bytes go, once its name, type and size are known. */
    @FunctionalInterface
    public interface DownloadTarget {
        OutputStream open(StoredAttachment attachment) throws IOException;
    }

    /** The section whose page shows this slot; empty for {@link AttachmentSlot#OTHER}. */
    public static Optional<PlanSection> sectionOf(AttachmentSlot slot) {
        return Arrays.stream(PlanSection.values())
                .filter(section -> SectionParts.attachmentSlots(section).contains(slot))
                .findFirst();
    }

    /** The document's attachment in a slot, or null (for templates, which cannot unwrap an Optional neatly). */
    public static Attachment inSlot(PlanDocument document, AttachmentSlot slot) {
        return document.attachments().stream().filter(attachment -> attachment.slot() == slot).findFirst().orElse(null);
    }

    /**
     * The file in a slot, without its content. It does not check who is asking: callers have
     * already checked the plan is readable (as for {@link PlanDocumentReader#read}).
     */
    @Transactional(readOnly = true)
    public Optional<StoredAttachment> find(long planId, AttachmentSlot slot) {
        return jdbc.sql("""
                select a.slot, a.filename, a.content_type, a.size_bytes, a.sha256, a.uploaded_at, u.display_name
                  from attachment a left join app_user u on u.id = a.uploaded_by
                 where a.plan_id = :planId and a.slot = :slot
                 order by a.id desc limit 1
                """)
                .param("planId", planId)
                .param("slot", slot.name())
                .query((rs, n) -> stored(rs))
                .optional();
    }

    /** A stored file with its bytes, as the submission pack carries it. */
    public record FileContent(AttachmentSlot slot, String filename, String sha256, byte[] content) {
    }

    /**
     * Every file of the plan with its content, in slot order. Like {@link #find}, it does not
     * check who is asking.
     */
    @Transactional(readOnly = true)
    public List<FileContent> contents(long planId) {
        return jdbc.sql("select slot, filename, sha256, content from attachment where plan_id = :planId order by slot, id")
                .param("planId", planId)
                .query((rs, n) -> new FileContent(AttachmentSlot.valueOf(rs.getString("slot")), rs.getString("filename"),
                        rs.getString("sha256"), rs.getBytes("content")))
                .list();
    }

    /**
     * Stores the file in the slot, replacing the one there.
     *
     * @param basedOnVersion the section version the user's form was loaded with, or null when the
     *            upload does not come from a section form (it then never conflicts)
     */
    @Transactional
    public Outcome store(long planId, CurrentUser user, AttachmentSlot slot, CheckedFile file, Long basedOnVersion) {
        PlanSummary plan = access.editable(planId, user);
        PlanSection section = owningSection(slot);
        Long locked = lockSection(plan, section, basedOnVersion);
        if (locked == null) {
            return new Conflict();
        }
        List<Attachment> before = slotList(planId, slot);
        jdbc.sql("delete from attachment where plan_id = :planId and slot = :slot")
                .param("planId", planId)
                .param("slot", slot.name())
                .update();
        jdbc.sql("""
                insert into attachment (plan_id, slot, filename, content_type, size_bytes, sha256, content, uploaded_by)
                values (:planId, :slot, :filename, :contentType, :size, :sha256, :content, :userId)
                """)
                .param("planId", planId)
                .param("slot", slot.name())
                .param("filename", file.filename())
                .param("contentType", file.type().contentType())
                .param("size", file.size())
                .param("sha256", file.sha256())
                .param("content", file.content())
                .param("userId", user.getId())
                .update();
        return new Saved(changed(plan, user, section, slot, before));
    }

    /** Removes the file in the slot; with nothing there, changes nothing. */
    @Transactional
    public Outcome remove(long planId, CurrentUser user, AttachmentSlot slot, Long basedOnVersion) {
        PlanSummary plan = access.editable(planId, user);
        PlanSection section = owningSection(slot);
        Long locked = lockSection(plan, section, basedOnVersion);
        if (locked == null) {
            return new Conflict();
        }
        List<Attachment> before = slotList(planId, slot);
        if (before.isEmpty()) {
            return new Saved(locked);
        }
        jdbc.sql("delete from attachment where plan_id = :planId and slot = :slot")
                .param("planId", planId)
                .param("slot", slot.name())
                .update();
        return new Saved(changed(plan, user, section, slot, before));
    }

    /**
     * Streams the file in the slot to the target if the user may read the plan (404 otherwise).
     * The content goes from the result set to the target without being copied into a String or
     * a second array.
     *
     * @return false when the slot is empty
     */
    @Transactional(readOnly = true)
    public boolean download(long planId, CurrentUser user, AttachmentSlot slot, DownloadTarget target) {
        access.readable(planId, user);
        AtomicBoolean found = new AtomicBoolean();
        jdbc.sql("""
                select a.slot, a.filename, a.content_type, a.size_bytes, a.sha256, a.uploaded_at, u.display_name,
                       a.content
                  from attachment a left join app_user u on u.id = a.uploaded_by
                 where a.plan_id = :planId and a.slot = :slot
                 order by a.id desc limit 1
                """)
                .param("planId", planId)
                .param("slot", slot.name())
                .query(rs -> {
                    found.set(true);
                    try (InputStream content = rs.getBinaryStream("content")) {
                        content.transferTo(target.open(stored(rs)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        return found.get();
    }

    private static PlanSection owningSection(AttachmentSlot slot) {
        return sectionOf(slot).orElseThrow(() -> new IllegalArgumentException(slot + " belongs to no section"));
    }

    /** Locks the section row; returns its version, or null if the caller's version is out of date. */
    private Long lockSection(PlanSummary plan, PlanSection section, Long basedOnVersion) {
        long planId = plan.id();
        jdbc.sql("""
                insert into plan_section (plan_id, section, status, version) values (:planId, :section, 'NOT_STARTED', 0)
                on conflict (plan_id, section) do nothing
                """)
                .param("planId", planId)
                .param("section", section.name())
                .update();
        long version = jdbc.sql("select version from plan_section where plan_id = :planId and section = :section for update")
                .param("planId", planId)
                .param("section", section.name())
                .query(Long.class)
                .single();
        // Section saves lock the plan row as well (PlanDocumentWriter), in this same order, and sending
        // for sign-off locks it first: no file can change between the plan being hashed and frozen.
        PlanStatus status = jdbc.sql("select status from plan where id = :planId for update")
                .param("planId", planId)
                .query((rs, n) -> PlanStatus.valueOf(rs.getString(1)))
                .single();
        if (!status.isEditable()) {
            throw new PlanNotEditableException(new PlanSummary(plan.id(), plan.partnershipId(), plan.partnershipName(),
                    plan.partnershipCode(), plan.laName(), plan.icbName(), plan.planYear(), status, plan.revision()));
        }
        return basedOnVersion != null && basedOnVersion != version ? null : version;
    }

    /**
     * Moves the section on a version and audits the change. A completed section stays completed
     * only while it still passes its checks (removing the Q4 file un-completes Q4).
     */
    private long changed(PlanSummary plan, CurrentUser user, PlanSection section, AttachmentSlot slot,
            List<Attachment> before) {
        SectionStatus current = jdbc.sql("select status from plan_section where plan_id = :planId and section = :section")
                .param("planId", plan.id())
                .param("section", section.name())
                .query((rs, n) -> SectionStatus.valueOf(rs.getString("status")))
                .single();
        boolean stillCompleted = current == SectionStatus.COMPLETED
                && completionCheck.blockingProblems(section, reader.read(plan.id())).isEmpty();
        long version = jdbc.sql("""
                update plan_section set version = version + 1, status = :status, updated_by = :userId, updated_at = now()
                 where plan_id = :planId and section = :section
                returning version
                """)
                .param("status", (stillCompleted ? SectionStatus.COMPLETED : SectionStatus.IN_PROGRESS).name())
                .param("userId", user.getId())
                .param("planId", plan.id())
                .param("section", section.name())
                .query(Long.class)
                .single();
        events.publishEvent(new PlanContentChanged(plan.id(), plan.partnershipId(), user.getId(), user.getEmail(),
                section, json.writeValueAsString(Map.of("attachments", before)),
                json.writeValueAsString(Map.of("attachments", slotList(plan.id(), slot)))));
        return version;
    }

    private List<Attachment> slotList(long planId, AttachmentSlot slot) {
        return jdbc.sql("select slot, filename, sha256 from attachment where plan_id = :planId and slot = :slot order by id")
                .param("planId", planId)
                .param("slot", slot.name())
                .query((rs, n) -> new Attachment(AttachmentSlot.valueOf(rs.getString("slot")), rs.getString("filename"),
                        rs.getString("sha256")))
                .list();
    }

    private static StoredAttachment stored(ResultSet rs) throws SQLException {
        return new StoredAttachment(AttachmentSlot.valueOf(rs.getString("slot")), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("display_name"));
    }
}
