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

/** The state of the component's shared HTTP client, as a health check reports it. */
public enum TransportState {
    /** Started and able to send. */
    STARTED("started"),
    /** Not started (the component is stopping, or has stopped). */
    NOT_STARTED("not started: the component is stopping"),
    /** Started, but it can no longer send (an I/O thread died): the next call replaces it. */
    NOT_USABLE("not usable: an I/O thread has died; the next call replaces it");

    private final String text;

    TransportState(String text) {
        this.text = text;
    }

    /** The state as a health detail says it. */
    public String text() {
        return text;
    }
}
