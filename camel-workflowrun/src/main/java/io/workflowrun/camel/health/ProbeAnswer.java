/*
 * Copyright 2026 The camel-workflowrun developers
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.workflowrun.camel.health;

import java.time.Instant;

/**
 * What a probe came to.
 *
 * @param at      when it came
 * @param verdict what it says of the provider
 * @param text    the provider's answer or the failure, in the component's words (which never hold a secret)
 */
public record ProbeAnswer(Instant at, Verdict verdict, String text) {

    /** What an answer says of the provider and the endpoint's credentials. */
    public enum Verdict {
        /** The provider answered the status call without refusing the credentials (e.g. 404 for the run). */
        ACCEPTED("accepted"),
        /** The provider refused the credentials. */
        REFUSED("refused"),
        /** The provider throttled the probe: no word on the credentials. */
        THROTTLED("throttled"),
        /** No answer: the provider could not be reached, or did not answer in time. */
        UNREACHABLE("unreachable"),
        /** No status call could be made or sent (e.g. no access token): nothing was said of the provider. */
        NOT_SENT("not sent");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public static ProbeAnswer now(Verdict verdict, String text) {
        return new ProbeAnswer(Instant.now(), verdict, text);
    }
}
