package org.sendplan.review;

import static org.sendplan.partnership.PartnershipScope.VISIBLE_TO_USER;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sendplan.account.CurrentUser;
import org.sendplan.plan.PlanAccess;
import org.sendplan.plan.PlanSection;
import org.sendplan.plan.PlanStatus;
import org.sendplan.plan.PlanSummary;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.review.ReviewEvents.ReviewCommentAdded;
import org.sendplan.review.ReviewEvents.ReviewCommentResolved;
import org.sendplan.review.ReviewEvents.ReviewCompleted;
import org.sendplan.review.ReviewEvents.ReviewRequested;
import org.sendplan.review.ReviewRecords.Comment;
import org.sendplan.review.ReviewRecords.CommentThread;
import org.sendplan.review.ReviewRecords.Review;
import org.sendplan.review.ReviewRecords.ReviewStatus;
import org.sendplan.review.ReviewRecords.SectionThreads;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Department review: the SRO asks for it (the plan goes to {@code IN_REVIEW}, still editable,
 * and its content at that moment is kept as the reviewed version); assigned advisers and admins
 * comment on sections and flag significant gaps; the partnership's editors reply and resolve
 * threads; the adviser completes the review and the plan is a draft again.
 *
 * <p>Every call scopes the plan to the user first ({@link PlanAccess#readable}: 404 outside scope),
 * then checks the role (403). Steps that change the plan's status lock its row, like sign-off, so a
 * review request and a send-for-sign-off cannot cross.
 */
@Service
public class ReviewService {

    /** The longest comment, reply or summary, in characters (the database checks it too). */
    public static final int MAX_BODY_LENGTH = 5000;

    private final PlanAccess access;
    private final PlanDocumentReader reader;
    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(PlanAccess access, PlanDocumentReader reader, JsonMapper json, JdbcClient jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.json = json;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a review of the plan as it is now. SRO only; the plan must be a draft with no open review. */
    @Transactional
    public long requestReview(long planId, CurrentUser user) {
        PlanSummary plan = access.readable(planId, user);
        if (!access.isSro(plan, user)) {
            throw new AccessDeniedException("Only the SRO may ask for a review");
        }
        PlanStatus status = lock(planId);
        if (status != PlanStatus.DRAFT) {
            throw new ReviewStateException(status == PlanStatus.IN_REVIEW ? "review.error.alreadyOpen"
                    : "review.error.notDraft", "Plan " + planId + " is " + status);
        }
        String content = json.writeValueAsString(reader.read(planId));
        long reviewId = jdbc.sql("""
                insert into review (plan_id, requested_by, requested_at, reviewed_content)
                values (:planId, :userId, :now, cast(:content as jsonb))
                returning id
                """)
                .param("planId", planId)
                .param("userId", user.getId())
                .param("now", now())
                .param("content", content)
                .query(Long.class)
                .single();
        setStatus(planId, PlanStatus.IN_REVIEW);
        events.publishEvent(new ReviewRequested(planId, plan.partnershipId(), reviewId, user.getId(), user.getEmail()));
        return reviewId;
    }

    /** A new comment thread on a section of the open review. Assigned advisers and admins only. */
    @Transactional
    public long comment(long planId, CurrentUser user, PlanSection section, String body, boolean significantGap) {
        PlanSummary plan = access.readable(planId, user);
        if (!access.isDepartmentReviewer(plan, user)) {
            throw new AccessDeniedException("Only the Department's reviewers may comment");
        }
        Review review = openReview(planId)
                .orElseThrow(() -> new ReviewStateException("review.error.notOpen", "No open review of " + planId));
        long id = insertComment(review.id(), planId, section, null, user, body, significantGap);
        events.publishEvent(new ReviewCommentAdded(planId, plan.partnershipId(), review.id(), id, null, section,
                significantGap, user.getId(), user.getEmail(), user.getDisplayName(), body.strip()));
        return id;
    }

    /**
     * A reply to an unresolved thread of the latest review, open or completed (the discussion may
     * outlast the review). The Department's reviewers and the partnership's editors.
     */
    @Transactional
    public long reply(long planId, long commentId, CurrentUser user, String body) {
        PlanSummary plan = access.readable(planId, user);
        requireDiscussant(plan, user);
        ThreadHead head = threadHead(planId, commentId);
        if (head.resolved()) {
            throw new ReviewStateException("review.error.resolved", "Comment " + commentId + " is resolved");
        }
        long id = insertComment(head.reviewId(), planId, head.section(), commentId, user, body, false);
        events.publishEvent(new ReviewCommentAdded(planId, plan.partnershipId(), head.reviewId(), id, commentId,
                head.section(), false, user.getId(), user.getEmail(), user.getDisplayName(), body.strip()));
        return id;
    }

    /** Marks a thread resolved. The partnership's SRO and contributors only. */
    @Transactional
    public void resolve(long planId, long commentId, CurrentUser user) {
        PlanSummary plan = access.readable(planId, user);
        if (!access.isEditor(plan, user)) {
            throw new AccessDeniedException("Only the SRO and contributors may resolve comments");
        }
        ThreadHead head = threadHead(planId, commentId);
        int updated = jdbc.sql("""
                update review_comment set resolved_at = :now, resolved_by = :userId
                 where id = :commentId and resolved_at is null
                """)
                .param("now", now())
                .param("userId", user.getId())
                .param("commentId", commentId)
                .update();
        if (updated == 0) {
            throw new ReviewStateException("review.error.resolved", "Comment " + commentId + " is resolved");
        }
        events.publishEvent(new ReviewCommentResolved(planId, plan.partnershipId(), head.reviewId(), commentId,
                head.section(), user.getId(), user.getEmail()));
    }

    /** Completes the open review, with an optional summary: the plan is a draft again. */
    @Transactional
    public void complete(long planId, CurrentUser user, String summary) {
        PlanSummary plan = access.readable(planId, user);
        if (!access.isDepartmentReviewer(plan, user)) {
            throw new AccessDeniedException("Only the Department's reviewers may complete a review");
        }
        lock(planId);
        Review review = openReview(planId)
                .orElseThrow(() -> new ReviewStateException("review.error.notOpen", "No open review of " + planId));
        String stored = summary == null || summary.isBlank() ? null : summary.strip();
        jdbc.sql("""
                update review set status = 'COMPLETED', completed_by = :userId, completed_at = :now, summary = :summary
                 where id = :reviewId
                """)
                .param("userId", user.getId())
                .param("now", now())
                .param("summary", stored)
                .param("reviewId", review.id())
                .update();
        setStatus(planId, PlanStatus.DRAFT);
        long open = jdbc.sql("""
                select count(*) from review_comment where review_id = :reviewId and parent_id is null and resolved_at is null
                """)
                .param("reviewId", review.id())
                .query(Long.class)
                .single();
        events.publishEvent(new ReviewCompleted(planId, plan.partnershipId(), review.id(), user.getId(),
                user.getEmail(), stored, open));
    }

    /** The plan's latest review, if it has had one. The caller has scoped the plan to the user. */
    @Transactional(readOnly = true)
    public Optional<Review> latestReview(long planId) {
        return jdbc.sql(REVIEW_SELECT + " where r.plan_id = :planId order by r.requested_at desc, r.id desc limit 1")
                .param("planId", planId)
                .query(this::review)
                .optional();
    }

    /** The plan's earlier reviews, newest first, after the latest one. */
    @Transactional(readOnly = true)
    public List<Review> earlierReviews(long planId) {
        return jdbc.sql(REVIEW_SELECT + " where r.plan_id = :planId order by r.requested_at desc, r.id desc offset 1")
                .param("planId", planId)
                .query(this::review)
                .list();
    }

    /** The content the adviser reviewed, as {@code sendplan/v1} JSON. */
    @Transactional(readOnly = true)
    public String reviewedContent(long reviewId) {
        return jdbc.sql("select reviewed_content::text from review where id = :reviewId")
                .param("reviewId", reviewId)
                .query(String.class)
                .single();
    }

    /** The review's threads by section, in task-list order; sections without comments are left out. */
    @Transactional(readOnly = true)
    public List<SectionThreads> threads(long reviewId) {
        List<Comment> comments = jdbc.sql("""
                select c.id, c.parent_id, c.section, a.display_name as author,
                       exists (select 1 from department_member d where d.user_id = c.author_id) as department_author,
                       c.body, c.significant_gap, c.created_at, c.resolved_at, rb.display_name as resolved_by
                  from review_comment c
                  join app_user a on a.id = c.author_id
                  left join app_user rb on rb.id = c.resolved_by
                 where c.review_id = :reviewId
                 order by c.created_at, c.id
                """)
                .param("reviewId", reviewId)
                .query((rs, n) -> new Comment(rs.getLong("id"), rs.getObject("parent_id", Long.class),
                        PlanSection.valueOf(rs.getString("section")), rs.getString("author"),
                        rs.getBoolean("department_author"), rs.getString("body"), rs.getBoolean("significant_gap"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("resolved_at", OffsetDateTime.class)), rs.getString("resolved_by")))
                .list();
        Map<Long, List<Comment>> replies = new LinkedHashMap<>();
        comments.stream().filter(c -> c.parentId() != null)
                .forEach(c -> replies.computeIfAbsent(c.parentId(), id -> new ArrayList<>()).add(c));
        Map<PlanSection, List<CommentThread>> bySection = new EnumMap<>(PlanSection.class);
        comments.stream().filter(c -> c.parentId() == null)
                .forEach(c -> bySection.computeIfAbsent(c.section(), s -> new ArrayList<>())
                        .add(new CommentThread(c, List.copyOf(replies.getOrDefault(c.id(), List.of())))));
        return bySection.entrySet().stream().map(e -> new SectionThreads(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /**
     * Unresolved threads of the plan's latest review, per section, for the task list and section
     * pages; empty for a plan the user may not see. One statement, scoped like every plan query.
     */
    @Transactional(readOnly = true)
    public Map<PlanSection, Long> openCommentCounts(long planId, long userId) {
        Map<PlanSection, Long> counts = new EnumMap<>(PlanSection.class);
        jdbc.sql("""
                select c.section, count(*) from review_comment c
                  join plan p on p.id = c.plan_id
                  join partnership pa on pa.id = p.partnership_id
                 where c.review_id = (select r.id from review r where r.plan_id = :planId
                                       order by r.requested_at desc, r.id desc limit 1)
                   and c.parent_id is null and c.resolved_at is null
                   and """ + VISIBLE_TO_USER + """
                 group by c.section
                """)
                .param("planId", planId)
                .param("userId", userId)
                .query((rs, n) -> Map.entry(PlanSection.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** Whether the user may reply: the Department's reviewers and the partnership's editors. */
    public boolean mayDiscuss(PlanSummary plan, CurrentUser user) {
        return access.isDepartmentReviewer(plan, user) || access.isEditor(plan, user);
    }

    private static final String REVIEW_SELECT = """
            select r.id, r.plan_id, rq.display_name as requested_by, r.requested_at, r.status,
                   cb.display_name as completed_by, r.completed_at, r.summary
              from review r
              join app_user rq on rq.id = r.requested_by
              left join app_user cb on cb.id = r.completed_by
            """;

    private Review review(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Review(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("requested_by"),
                instant(rs.getObject("requested_at", OffsetDateTime.class)), ReviewStatus.valueOf(rs.getString("status")),
                rs.getString("completed_by"), instant(rs.getObject("completed_at", OffsetDateTime.class)),
                rs.getString("summary"));
    }

    private Optional<Review> openReview(long planId) {
        return jdbc.sql(REVIEW_SELECT + " where r.plan_id = :planId and r.status = 'OPEN'")
                .param("planId", planId)
                .query(this::review)
                .optional();
    }

    private void requireDiscussant(PlanSummary plan, CurrentUser user) {
        if (!mayDiscuss(plan, user)) {
            throw new AccessDeniedException("Only the Department's reviewers and the plan's editors may reply");
        }
    }

    private record ThreadHead(long reviewId, PlanSection section, boolean resolved) {
    }

    /**
     * The first comment of a thread of the plan's latest review: a reply's id, another plan's
     * comment or one of an earlier review (a closed record, shown in the history) is not found.
     */
    private ThreadHead threadHead(long planId, long commentId) {
        return jdbc.sql("""
                select c.review_id, c.section, c.resolved_at is not null as resolved from review_comment c
                 where c.id = :commentId and c.plan_id = :planId and c.parent_id is null
                   and c.review_id = (select r.id from review r where r.plan_id = :planId
                                       order by r.requested_at desc, r.id desc limit 1)
                """)
                .param("commentId", commentId)
                .param("planId", planId)
                .query((rs, n) -> new ThreadHead(rs.getLong(1), PlanSection.valueOf(rs.getString(2)), rs.getBoolean(3)))
                .optional()
                .orElseThrow(() -> new CommentNotFoundException(commentId));
    }

    private long insertComment(long reviewId, long planId, PlanSection section, Long parentId, CurrentUser user,
            String body, boolean significantGap) {
        if (body == null || body.isBlank() || body.strip().length() > MAX_BODY_LENGTH) {
            throw new IllegalArgumentException("A comment needs 1 to " + MAX_BODY_LENGTH + " characters");
        }
        return jdbc.sql("""
                insert into review_comment (review_id, plan_id, section, parent_id, author_id, body, significant_gap,
                                            created_at)
                values (:reviewId, :planId, :section, :parentId, :authorId, :body, :gap, :now)
                returning id
                """)
                .param("reviewId", reviewId)
                .param("planId", planId)
                .param("section", section.name())
                .param("parentId", parentId)
                .param("authorId", user.getId())
                .param("body", body.strip())
                .param("gap", significantGap)
                .param("now", now())
                .query(Long.class)
                .single();
    }

    private PlanStatus lock(long planId) {
        return jdbc.sql("select status from plan where id = :planId for update")
                .param("planId", planId)
                .query((rs, n) -> PlanStatus.valueOf(rs.getString(1)))
                .single();
    }

    private void setStatus(long planId, PlanStatus status) {
        jdbc.sql("update plan set status = :status, updated_at = :now where id = :planId")
                .param("status", status.name())
                .param("now", now())
                .param("planId", planId)
                .update();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
