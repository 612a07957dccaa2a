package org.sendplan.submission;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanStatus;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.attachments.AttachmentService;
import org.sendplan.plan.document.PlanDocument;
import org.sendplan.signoff.ContentHash;
import org.sendplan.signoff.SignOffService;
import org.sendplan.signoff.SignOffState;
import org.sendplan.signoff.SignOffStateException;
import org.sendplan.signoff.SignatureRecord;
import org.sendplan.submission.pack.AttachmentFile;
import org.sendplan.submission.pack.Pack;
import org.sendplan.submission.pack.PackContent;
import org.sendplan.submission.pack.SignatureLine;
import org.sendplan.submission.pack.SubmissionPackWriter;
import org.sendplan.validation.PlanSnapshot;
import org.sendplan.validation.PlanValidator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submission: the SRO submits a plan that all five required leaders have signed. The pack is
 * made once, from the signed content, and stored with its SHA-256; every download afterwards
 * serves those same bytes.
 */
@Service
public class SubmissionService {

    private final PlanAccess access;
    private final SignOffService signOff;
    private final ContentHash contentHash;
    private final PlanValidator validator;
    private final AttachmentService attachments;
    private final SubmissionPackWriter packWriter;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String serviceVersion;

    SubmissionService(PlanAccess access, SignOffService signOff, ContentHash contentHash,
            PlanValidator validator, AttachmentService attachments, SubmissionPackWriter packWriter, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock,
            @Value("${sendplan.version:${spring.application.version:development}}") String serviceVersion) {
        this.access = access;
        this.signOff = signOff;
        this.contentHash = contentHash;
        this.validator = validator;
        this.attachments = attachments;
        this.packWriter = packWriter;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.serviceVersion = serviceVersion;
    }

    /** A stored submission, without its pack bytes. */
    public record Submission(long planId, String contentHash, String manifestSha256, String packSha256, long packSize,
            Instant submittedAt) {
    }

    /** Maps {@code plan_id, content_hash, manifest_sha256, pack_sha256, pack_size, submitted_at}, in that order. */
    private static final RowMapper<Submission> SUBMISSION = (rs, n) -> new Submission(rs.getLong(1), rs.getString(2),
            rs.getString(3), rs.getString(4), rs.getLong(5), rs.getObject(6, OffsetDateTime.class).toInstant());

    @Transactional
    public Submission submit(long planId, CurrentUser user) {
        PlanSummary plan = access.readable(planId, user);
        if (!access.isSro(plan, user)) {
            throw new AccessDeniedException("Only the SRO submits the plan");
        }
        record Locked(PlanStatus status, String contentHash) {
        }
        Locked locked = jdbc.sql("select status, content_hash from plan where id = :planId for update")
                .param("planId", planId)
                .query((rs, n) -> new Locked(PlanStatus.valueOf(rs.getString("status")), rs.getString("content_hash")))
                .single();
        String frozenHash = locked.contentHash();
        if (locked.status() != PlanStatus.SIGNED) {
            throw new SignOffStateException(planId, "signoff.error.notSigned", "Plan " + planId + " is not signed");
        }
        PlanSnapshot snapshot = validator.snapshot(planId);
        PlanDocument document = snapshot.document();
        byte[] planJson = contentHash.canonicalJson(document);
        if (!ContentHash.sha256(planJson).equals(frozenHash)) {
            throw new IllegalStateException("Plan " + planId + " no longer matches the hash its signatories signed");
        }
        SignOffState state = signOff.state(planId);
        List<SignatureLine> signatures = state.history().stream()
                .filter(s -> s.standing() && s.signed() && s.contentHash().equals(frozenHash))
                .sorted(java.util.Comparator.comparing((SignatureRecord s) -> s.role().ordinal())
                        .thenComparing(SignatureRecord::decidedAt))
                .map(s -> new SignatureLine(s.role(), s.signerName(), s.signerEmail(), jobTitle(document, s),
                        s.decidedAt(), s.contentHash()))
                .toList();
        List<AttachmentFile> files = attachments.contents(planId).stream()
                .map(f -> new AttachmentFile(f.slot(), f.filename(), f.sha256(), f.content()))
                .toList();
        Instant now = clock.instant();
        Pack pack = packWriter.write(new PackContent(planId, plan.partnershipName(), plan.laName(), plan.icbName(),
                document, planJson, frozenHash, validator.validate(snapshot).warnings(), signatures, files, now,
                serviceVersion));
        String manifestSha256 = ContentHash.sha256(pack.manifestJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        jdbc.sql("""
                insert into submission (plan_id, content_hash, manifest_sha256, pack_sha256, pack_size, pack, submitted_at,
                                        submitted_by)
                values (:planId, :hash, :manifest, :packSha, :size, :pack, :now, :userId)
                """)
                .param("planId", planId)
                .param("hash", frozenHash)
                .param("manifest", manifestSha256)
                .param("packSha", pack.sha256())
                .param("size", pack.zip().length)
                .param("pack", pack.zip())
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("userId", user.getId())
                .update();
        jdbc.sql("update plan set status = 'SUBMITTED', updated_at = :now where id = :planId")
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .param("planId", planId)
                .update();
        events.publishEvent(new PlanSubmitted(planId, plan.partnershipId(), user.getId(), user.getEmail(), frozenHash,
                pack.sha256()));
        return new Submission(planId, frozenHash, manifestSha256, pack.sha256(), pack.zip().length, now);
    }

    /** The job title the plan's signatories table gives this signer, if it names them. */
    private static String jobTitle(PlanDocument document, SignatureRecord signature) {
        return document.signatories().stream()
                .filter(listed -> listed.role() == signature.role() && listed.email() != null
                        && listed.email().equalsIgnoreCase(signature.signerEmail()))
                .map(PlanDocument.Signatory::jobTitle)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The submission of a plan the user may read; empty when it has not been submitted. 404 outside scope. */
    @Transactional(readOnly = true)
    public Optional<Submission> find(long planId, CurrentUser user) {
        access.readable(planId, user);
        return jdbc.sql("""
                select plan_id, content_hash, manifest_sha256, pack_sha256, pack_size, submitted_at
                  from submission where plan_id = :planId
                """)
                .param("planId", planId)
                .query(SUBMISSION)
                .optional();
    }

    /** The stored pack bytes, exactly as made at submission. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pack(long planId, CurrentUser user) {
        access.readable(planId, user);
        return jdbc.sql("select pack from submission where plan_id = :planId")
                .param("planId", planId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    /**
     * The submission recorded with this content hash among the plans the user may see: how a
     * pack someone holds is matched to what was submitted.
     */
    @Transactional(readOnly = true)
    public Optional<Submission> findVisibleByContentHash(String hash, CurrentUser user) {
        return jdbc.sql("""
                select s.plan_id, s.content_hash, s.manifest_sha256, s.pack_sha256, s.pack_size, s.submitted_at
                  from submission s where s.content_hash = :hash order by s.submitted_at desc
                """)
                .param("hash", hash)
                .query(SUBMISSION)
                .list()
                .stream()
                .filter(s -> access.findReadable(s.planId(), user).isPresent())
                .findFirst();
    }
}
