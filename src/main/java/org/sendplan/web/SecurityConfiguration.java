package org.sendplan.web;

import org.sendplan.account.SignInHandlers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** One filter chain for pages and the JSON API: same session, same CSRF protection. */
@Configuration
class SecurityConfiguration {

    /** No inline script or style anywhere: GOV.UK Frontend is loaded from our own origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInHandlers signInHandlers) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/sign-in", "/accessibility", "/cookies", "/error", "/assets/**",
                                "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/actuator/health")
                        .permitAll()
                        // Invitation links are opened by people who have no account yet; the token is the credential.
                        .requestMatchers("/invitations/**").permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .requestMatchers("/dashboard").hasAnyRole("ADVISER", "ADMIN")
                        .requestMatchers("/partnership/people", "/partnership/people/**").hasAuthority("PARTNERSHIP_SRO")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .successHandler(signInHandlers)
                        .failureHandler(signInHandlers)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/sign-in?signed-out")
                        .deleteCookies("SENDPLAN_SESSION"))
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signedOutEntryPoint()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /** Signed-out API calls answer 401; signed-out page requests go to the sign-in page. */
    private static AuthenticationEntryPoint signedOutEntryPoint() {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        AuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint("/sign-in");
        return (request, response, exception) -> (api.matches(request) ? unauthorized : signIn)
                .commence(request, response, exception);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
