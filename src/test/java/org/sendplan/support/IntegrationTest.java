package org.sendplan.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/** A full application against real PostgreSQL, driven through MockMvc. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = IntegrationTest.NO_MAIL)
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, Fixtures.class, SignIn.class, SqlStatementCounter.class, Workflow.class })
public @interface IntegrationTest {

    /** Tests that read e-mail start GreenMail and switch it back on. */
    String NO_MAIL = "sendplan.mail.enabled=false";
}
