package io.workflowrun.camel;

import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A wrong configuration fails when the endpoint is created, and the message names what to fix. */
class ConfigurationErrorTest extends CamelTestSupport {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown provider          | workflowrun:nosuch:x?apiKey=k                      | Unknown provider 'nosuch'",
            "unknown provider lists ids | workflowrun:nosuch:x?apiKey=k                     | known providers: alibaba-schedulerx, dify, huawei-functiongraph, interactly, tencent-wedata",
            "dify without apiKey       | workflowrun:dify?user=u                            | Option apiKey is required for provider dify",
            "dify without user         | workflowrun:dify?apiKey=k                          | Option user is required for provider dify",
            "dify bad responseMode     | workflowrun:dify?apiKey=k&user=u&responseMode=fast | Option responseMode is 'fast'",
            "interactly bad id         | workflowrun:interactly:12345?apiKey=k&teamId=t&baseUrl=http://127.0.0.1:1 | '12345' from the endpoint URI's workflowId is not an ObjectId",
            "interactly without baseUrl | workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=k&teamId=t | Option baseUrl is required for provider interactly",
            "interactly without teamId | workflowrun:interactly:5eb7cf5a86d9755df3a6c593?apiKey=k&baseUrl=http://127.0.0.1:1 | Option teamId is required",
            "interactly without apiKey | workflowrun:interactly:5eb7cf5a86d9755df3a6c593?teamId=t&baseUrl=http://127.0.0.1:1 | Option apiKey is required",
            "baseUrl not a URL         | workflowrun:dify?apiKey=k&user=u&baseUrl=ht tp://x  | Option baseUrl 'ht tp://x' is not usable",
            "baseUrl wrong scheme      | workflowrun:dify?apiKey=k&user=u&baseUrl=ftp://host | Option baseUrl 'ftp://host' is not usable: the scheme must be http or https",
            "baseUrl without host      | workflowrun:dify?apiKey=k&user=u&baseUrl=http:///v1 | Option baseUrl 'http:///v1' is not usable",
            "unknown option            | workflowrun:dify?apiKey=k&user=u&colour=blue       | colour",
            "bad operation             | workflowrun:dify?apiKey=k&user=u&operation=launch  | operation",
            "plain http to a remote host | workflowrun:dify?apiKey=k&user=u&baseUrl=http://dify.example.com/v1 | set allowPlainHttp=true",
            "negative rateLimit        | workflowrun:dify?apiKey=k&user=u&rateLimit=-1      | Option rateLimit must be 0",
            "maxAttempts zero          | workflowrun:dify?apiKey=k&user=u&maxAttempts=0     | Option maxAttempts must be at least 1",
            "pollInterval zero         | workflowrun:dify?apiKey=k&user=u&pollInterval=0    | Option pollInterval must be more than 0",
            "maxPollInterval too small | workflowrun:dify?apiKey=k&user=u&pollInterval=5000&maxPollInterval=100 | Option maxPollInterval",
    })
    void endpointCreationFailsNamingTheOption(String name, String uri, String expected) {
        assertThatThrownBy(() -> context.getEndpoint(uri))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .hasMessageContaining(expected);
    }

    @org.junit.jupiter.api.Test
    void plainHttpIsAllowedToLoopbackOrWhenOptedIn() {
        context.getEndpoint("workflowrun:dify?apiKey=k&user=u&baseUrl=http://127.0.0.1:8080/v1");
        context.getEndpoint("workflowrun:dify?apiKey=k&user=u&baseUrl=http://localhost:8080/v1");
        context.getEndpoint("workflowrun:dify?apiKey=k&user=u&allowPlainHttp=true&baseUrl=http://dify.internal/v1");
    }
}
