package io.workflowrun.camel;

import java.util.Map;

import io.workflowrun.simulator.WorkflowRunSimulator;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An API key never reaches a log line, an exception message, a toString() or the endpoint URI as logged. */
class SecretHygieneTest extends SimulatorTestSupport {

    private static final String WRONG_KEY = "app-WrongKeyThatMustNotLeak42";

    static {
        SecretGuard.watch(WRONG_KEY);
    }

    @Test
    void endpointUriAsLoggedHidesTheKey() {
        Endpoint endpoint = context.getEndpoint("workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&baseUrl="
                                                + simulator.baseUrl("dify"));

        assertThat(endpoint.toString()).doesNotContain(WorkflowRunSimulator.API_KEY);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(WorkflowRunSimulator.API_KEY);
        assertThat(((WorkflowRunEndpoint) endpoint).getConfiguration().toString()).doesNotContain(WorkflowRunSimulator.API_KEY);
    }

    @Test
    void signedProviderSecretsAreHiddenInTheLoggedUri() {
        String secret = "SignedSecretKey-NotToLeak-1";
        String token = "SessionToken-NotToLeak-2";
        SecretGuard.watch(secret);
        SecretGuard.watch(token);
        Endpoint endpoint = context.getEndpoint("workflowrun:huawei-functiongraph:wf?region=cn-north-4&projectId=p&accessKey=AK1"
                                                + "&secretKey=" + secret + "&securityToken=" + token);

        assertThat(endpoint.toString()).doesNotContain(secret).doesNotContain(token);
        assertThat(URISupport.sanitizeUri(endpoint.getEndpointUri())).doesNotContain(secret).doesNotContain(token);
    }

    @Test
    void rejectedKeyIsNotInTheExceptionNorTheLog() {
        Exchange out = send("workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=" + WRONG_KEY + "&teamId=t&baseUrl="
                            + simulator.baseUrl("interactly"), Map.of("a", "b"));

        assertThat(out.getException()).isInstanceOf(WorkflowRunException.class);
        assertThat(fullText(out.getException())).doesNotContain(WRONG_KEY);
        assertThat(SecretGuard.leaks()).isEmpty();
    }

    @Test
    void configurationErrorDoesNotEchoTheKey() {
        assertThatThrownBy(() -> context.getEndpoint("workflowrun:dify?apiKey=" + WRONG_KEY + "&baseUrl=ftp://x"))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .satisfies(e -> assertThat(fullText(e)).doesNotContain(WRONG_KEY));
    }

    @Test
    void successfulRunsLogNoKey() {
        Exchange out = send("workflowrun:dify?apiKey=" + WorkflowRunSimulator.API_KEY + "&user=u&baseUrl=" + simulator.baseUrl("dify"),
                Map.of("q", "hello"));

        assertThat(out.getException()).isNull();
        assertThat(fullText(out.getMessage().getBody())).doesNotContain(WorkflowRunSimulator.API_KEY);
        assertThat(SecretGuard.leaks()).isEmpty();
    }

    private static String fullText(Object value) {
        if (value instanceof Throwable t) {
            StringBuilder text = new StringBuilder();
            for (Throwable c = t; c != null; c = c.getCause()) {
                text.append(c).append('\n');
            }
            return text.toString();
        }
        return String.valueOf(value);
    }
}
