package org.sendplan.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendplan.account.MembershipRole;
import org.sendplan.account.SignatoryRole;
import org.sendplan.plan.document.NarrativeKey;
import org.sendplan.plan.document.PlanDocumentReader;
import org.sendplan.support.Fixtures;
import org.sendplan.support.Fixtures.ReadyTenant;
import org.sendplan.support.Fixtures.Tenant;
import org.sendplan.support.IntegrationTest;
import org.sendplan.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class ReviewIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlanDocumentReader reader;

    Tenant tenant;
    String adviser;

    @BeforeEach
    void aPartnershipWithItsAdviser() {
        tenant = fixtures.tenant("Review");
        adviser = fixtures.adviser(tenant);
    }

    @Test
    void requestingAReviewKeepsTheReviewedVersionAndTheSroCanStillEditThePlan() throws Exception {
        saveQ1(tenant.sroEmail(), "Our vision before the review.", 0).andExpect(status().is3xxRedirection());

        requestReview(tenant.sroEmail()).andExpect(redirectedUrl("/plans/" + tenant.planId() + "/review"))
                .andExpect(flash().attribute("banner", "review.banner.requested"));

        assertThat(planStatus()).isEqualTo("IN_REVIEW");
        assertThat(jdbc.sql("""
                select reviewed_content -> 'narratives' ->> 'Q1_VISION' from review where plan_id = :planId
                """).param("planId", tenant.planId()).query(String.class).single())
                .isEqualTo("Our vision before the review.");
        mvc.perform(get("/plans/{id}/sections/q1-vision", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"narratives-Q1_VISION\"")));
        saveQ1(tenant.sroEmail(), "Our vision after the review.", 1).andExpect(status().is3xxRedirection());
        assertThat(reader.read(tenant.planId()).narratives().get(NarrativeKey.Q1_VISION))
                .isEqualTo("Our vision after the review.");
        assertThat(planStatus()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aSecondRequestWhileAReviewIsOpenIsRefused() throws Exception {
        requestReview(tenant.sroEmail());

        requestReview(tenant.sroEmail()).andExpect(redirectedUrl("/plans/" + tenant.planId() + "/review"))
                .andExpect(flash().attribute("stateError", "review.error.alreadyOpen"));
        assertThat(jdbc.sql("select count(*) from review where plan_id = :planId").param("planId", tenant.planId())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theAdviserCommentsAndFlagsAGapTheSroRepliesAndResolvesAndTheAdviserCompletesTheReview() throws Exception {
        requestReview(tenant.sroEmail());

        comment(adviser, "Q10_RISKS", "Workforce supply is missing from the risks.", true)
                .andExpect(status().is3xxRedirection());
        long commentId = firstCommentId();
        assertThat(jdbc.sql("select significant_gap from review_comment where id = :id").param("id", commentId)
                .query(Boolean.class).single()).isTrue();

        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("1 open review comment")));
        mvc.perform(get("/plans/{id}/sections/q10-risks", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("review has 1 open comment on this section")));

        mvc.perform(post("/plans/{id}/review/comments/{c}/reply", tenant.planId(), commentId)
                .with(signIn.as(tenant.sroEmail())).with(csrf()).param("body", "We have added it as risk 3."))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/review#comment-" + commentId));
        mvc.perform(post("/plans/{id}/review/comments/{c}/resolve", tenant.planId(), commentId)
                .with(signIn.as(tenant.sroEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/plans/{id}/review", tenant.planId()).with(signIn.as(adviser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Workforce supply is missing from the risks.")))
                .andExpect(content().string(containsString("We have added it as risk 3.")))
                .andExpect(content().string(containsString("Significant gap")))
                .andExpect(content().string(containsString("Resolved by")))
                .andExpect(content().string(containsString("/plans/" + tenant.planId() + "/sections/q10-risks")));

        mvc.perform(post("/plans/{id}/review/complete", tenant.planId()).with(signIn.as(adviser)).with(csrf())
                .param("summary", "A strong draft once the workforce risk is in."))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/review"));

        assertThat(planStatus()).isEqualTo("DRAFT");
        assertThat(jdbc.sql("select status || ':' || summary from review where plan_id = :planId")
                .param("planId", tenant.planId()).query(String.class).single())
                .isEqualTo("COMPLETED:A strong draft once the workforce risk is in.");
        assertThat(auditEvents()).containsExactly("REVIEW_REQUESTED", "REVIEW_COMMENT_ADDED", "REVIEW_REPLY_ADDED",
                "REVIEW_COMMENT_RESOLVED", "REVIEW_COMPLETED");
        mvc.perform(get("/plans/{id}/history", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("Review requested")))
                .andExpect(content().string(containsString("Review comment resolved")))
                .andExpect(content().string(containsString("Review completed")));
        mvc.perform(get("/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(not(containsString("open review comment"))));
    }

    @Test
    void aNewReviewAfterACompletedOneKeepsThePlanAsItIsThenAndClosesTheEarlierThreads() throws Exception {
        requestReview(tenant.sroEmail());
        comment(adviser, "Q1_VISION", "Say how you will measure confidence.", false);
        long earlierComment = firstCommentId();
        mvc.perform(post("/plans/{id}/review/complete", tenant.planId()).with(signIn.as(adviser)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        saveQ1(tenant.sroEmail(), "Confidence is measured by the parent survey.", 0)
                .andExpect(status().is3xxRedirection());

        requestReview(tenant.sroEmail()).andExpect(flash().attribute("banner", "review.banner.requested"));

        assertThat(planStatus()).isEqualTo("IN_REVIEW");
        assertThat(jdbc.sql("""
                select reviewed_content -> 'narratives' ->> 'Q1_VISION' from review
                 where plan_id = :planId and status = 'OPEN'
                """).param("planId", tenant.planId()).query(String.class).single())
                .isEqualTo("Confidence is measured by the parent survey.");
        mvc.perform(get("/plans/{id}/review", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andExpect(content().string(containsString("id=\"earlier-reviews\"")))
                .andExpect(content().string(not(containsString("Say how you will measure confidence."))));
        mvc.perform(post("/plans/{id}/review/comments/{c}/reply", tenant.planId(), earlierComment)
                .with(signIn.as(tenant.sroEmail())).with(csrf()).param("body", "Too late"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdviserNeverChangesPlanContent() throws Exception {
        requestReview(tenant.sroEmail());
        String document = mvc.perform(get("/api/plans/{id}", tenant.planId()).with(signIn.as(tenant.sroEmail())))
                .andReturn().getResponse().getContentAsString();

        saveQ1(adviser, "An adviser's rewrite", 0).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/sections/q10-risks", tenant.planId()).with(signIn.as(adviser)).with(csrf())
                .param("version", "0").param("action", "save").param("risks[0].description", "Adviser's risk"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/plans/{id}", tenant.planId()).with(signIn.as(adviser)).with(csrf().asHeader())
                .contentType(MediaType.APPLICATION_JSON).content(document))
                .andExpect(status().isForbidden());
        assertThat(reader.read(tenant.planId()).narratives().get(NarrativeKey.Q1_VISION)).isEmpty();
        assertThat(reader.read(tenant.planId()).risks()).isEmpty();
    }

    @Test
    void theAdviserCannotResolveAThread() throws Exception {
        requestReview(tenant.sroEmail());
        comment(adviser, "Q1_VISION", "Say how you will measure confidence.", false);

        mvc.perform(post("/plans/{id}/review/comments/{c}/resolve", tenant.planId(), firstCommentId())
                .with(signIn.as(adviser)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdviserOfAnotherPartnershipGets404OnEveryReviewAddress() throws Exception {
        requestReview(tenant.sroEmail());
        comment(adviser, "Q1_VISION", "Say how you will measure confidence.", false);
        long commentId = firstCommentId();
        String stranger = fixtures.adviser(fixtures.tenant("Elsewhere"));

        everyReviewAddressAnswers404(stranger, commentId);
        assertThat(planStatus()).isEqualTo("IN_REVIEW");
    }

    @Test
    void aUserOfAnotherPartnershipGets404OnEveryReviewAddress() throws Exception {
        requestReview(tenant.sroEmail());
        comment(adviser, "Q1_VISION", "Say how you will measure confidence.", false);

        everyReviewAddressAnswers404(fixtures.tenant("Neighbour").sroEmail(), firstCommentId());
    }

    @Test
    void aContributorCannotRequestAReview() throws Exception {
        String contributor = fixtures.member(tenant, MembershipRole.CONTRIBUTOR, null);

        requestReview(contributor).andExpect(status().isForbidden());
        assertThat(planStatus()).isEqualTo("DRAFT");
    }

    @Test
    void aContributorRepliesAndResolvesButCannotComment() throws Exception {
        String contributor = fixtures.member(tenant, MembershipRole.CONTRIBUTOR, null);
        requestReview(tenant.sroEmail());
        comment(adviser, "Q9_ENGAGEMENT", "Say how colleges out of the area take part.", false);

        comment(contributor, "Q9_ENGAGEMENT", "A comment of our own", false).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/review/comments/{c}/reply", tenant.planId(), firstCommentId())
                .with(signIn.as(contributor)).with(csrf()).param("body", "Two colleges sit on the board."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/{id}/review/comments/{c}/resolve", tenant.planId(), firstCommentId())
                .with(signIn.as(contributor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aSignatoryReadsTheCommentsButCannotWriteAny() throws Exception {
        String signatory = fixtures.member(tenant, MembershipRole.SIGNATORY, SignatoryRole.LA_DCS);
        requestReview(tenant.sroEmail());
        comment(adviser, "Q1_VISION", "Say how you will measure confidence.", false);
        long commentId = firstCommentId();

        mvc.perform(get("/plans/{id}/review", tenant.planId()).with(signIn.as(signatory)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say how you will measure confidence.")))
                .andExpect(content().string(not(containsString("id=\"reply-" + commentId + "\""))))
                .andExpect(content().string(not(containsString("id=\"resolve-" + commentId + "\""))));
        mvc.perform(get("/plans/{id}/review/comments/new", tenant.planId()).with(signIn.as(signatory)))
                .andExpect(status().isForbidden());
        comment(signatory, "Q1_VISION", "A signatory's view", false).andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/review/comments/{c}/reply", tenant.planId(), commentId)
                .with(signIn.as(signatory)).with(csrf()).param("body", "A signatory's reply"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/review/comments/{c}/resolve", tenant.planId(), commentId)
                .with(signIn.as(signatory)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/{id}/review/complete", tenant.planId()).with(signIn.as(signatory)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from review_comment where plan_id = :planId")
                .param("planId", tenant.planId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDepartmentAdminMayCommentOnAnyPartnership() throws Exception {
        requestReview(tenant.sroEmail());

        comment(fixtures.admin(), "CORE_REQUIREMENTS", "Map the mediation requirements.", false)
                .andExpect(status().is3xxRedirection());
        assertThat(firstCommentId()).isPositive();
    }

    @Test
    void aCommentWithProblemsIsShownAgainWithWhatWasTyped() throws Exception {
        requestReview(tenant.sroEmail());

        mvc.perform(post("/plans/{id}/review/comments/new", tenant.planId()).with(signIn.as(adviser)).with(csrf())
                .param("section", "").param("body", "x".repeat(5001)).param("significantGap", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error:")))
                .andExpect(content().string(containsString("href=\"#section\"")))
                .andExpect(content().string(containsString("Select the section your comment is about")))
                .andExpect(content().string(containsString("Your comment must be 5,000 characters or fewer")))
                .andExpect(content().string(containsString("x".repeat(5001))))
                .andExpect(content().string(containsString("checked=\"checked\"")));
        mvc.perform(post("/plans/{id}/review/comments/new", tenant.planId()).with(signIn.as(adviser)).with(csrf())
                .param("section", "Q3_STRATEGY").param("body", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your comment")))
                .andExpect(content().string(containsString("value=\"Q3_STRATEGY\" selected")));
        assertThat(jdbc.sql("select count(*) from review_comment where plan_id = :planId")
                .param("planId", tenant.planId()).query(Long.class).single()).isZero();
    }

    @Test
    void commentingNeedsAnOpenReview() throws Exception {
        mvc.perform(get("/plans/{id}/review/comments/new", tenant.planId()).with(signIn.as(adviser)))
                .andExpect(redirectedUrl("/plans/" + tenant.planId() + "/review"))
                .andExpect(flash().attribute("stateError", "review.error.notOpen"));
    }

    @Test
    void aPlanInReviewCannotGoForSignOffUntilTheReviewIsComplete() throws Exception {
        ReadyTenant ready = fixtures.readyForSignOff("ReviewFirst");
        String readyAdviser = fixtures.adviser(ready.tenant());
        mvc.perform(post("/plans/{id}/review/request", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/plans/{id}/sign-off", ready.planId()).with(signIn.as(ready.sroEmail())))
                .andExpect(content().string(containsString("The Department is reviewing this plan")))
                .andExpect(content().string(not(containsString("id=\"send-for-sign-off\""))));
        mvc.perform(post("/plans/{id}/sign-off/request", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(flash().attribute("stateError", "signoff.error.notDraft"));
        assertThat(jdbc.sql("select status from plan where id = :id").param("id", ready.planId())
                .query(String.class).single()).isEqualTo("IN_REVIEW");

        mvc.perform(post("/plans/{id}/review/complete", ready.planId()).with(signIn.as(readyAdviser)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plans/{id}/sign-off/request", ready.planId()).with(signIn.as(ready.sroEmail())).with(csrf()))
                .andExpect(flash().attribute("banner", "signoff.banner.sent"));
    }

    private void everyReviewAddressAnswers404(String email, long commentId) throws Exception {
        long planId = tenant.planId();
        for (String path : List.of("/plans/{id}/review", "/plans/{id}/review/changes", "/plans/{id}/review/complete",
                "/plans/{id}/review/comments/new", "/plans/{id}/review/comments/" + commentId + "/reply")) {
            mvc.perform(get(path, planId).with(signIn.as(email))).andExpect(status().isNotFound());
        }
        for (String path : List.of("/plans/{id}/review/request", "/plans/{id}/review/complete",
                "/plans/{id}/review/comments/" + commentId + "/reply",
                "/plans/{id}/review/comments/" + commentId + "/resolve")) {
            mvc.perform(post(path, planId).with(signIn.as(email)).with(csrf()).param("body", "Hello"))
                    .andExpect(status().isNotFound());
        }
        comment(email, "Q1_VISION", "Hello", false).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions requestReview(String email) throws Exception {
        return mvc.perform(post("/plans/{id}/review/request", tenant.planId()).with(signIn.as(email)).with(csrf()));
    }

    private org.springframework.test.web.servlet.ResultActions comment(String email, String section, String body,
            boolean gap) throws Exception {
        MockHttpServletRequestBuilder request = post("/plans/{id}/review/comments/new", tenant.planId())
                .with(signIn.as(email)).with(csrf()).param("section", section).param("body", body);
        return mvc.perform(gap ? request.param("significantGap", "true") : request);
    }

    private org.springframework.test.web.servlet.ResultActions saveQ1(String email, String text, long version)
            throws Exception {
        return mvc.perform(post("/plans/{id}/sections/q1-vision", tenant.planId()).with(signIn.as(email)).with(csrf())
                .param("version", String.valueOf(version)).param("narratives-Q1_VISION", text)
                .param("action", "later"));
    }

    private long firstCommentId() {
        return jdbc.sql("select min(id) from review_comment where plan_id = :planId and parent_id is null")
                .param("planId", tenant.planId()).query(Long.class).single();
    }

    private String planStatus() {
        return jdbc.sql("select status from plan where id = :id").param("id", tenant.planId()).query(String.class)
                .single();
    }

    private List<String> auditEvents() {
        return jdbc.sql("""
                select event_type from audit_event where plan_id = :planId and event_type like 'REVIEW%' order by id
                """).param("planId", tenant.planId()).query(String.class).list();
    }
}
