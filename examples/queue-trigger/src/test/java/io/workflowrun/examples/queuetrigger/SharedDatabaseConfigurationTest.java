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
package io.workflowrun.examples.queuetrigger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedDatabaseConfigurationTest {

    @Test
    void theLoggedDatabaseUrlHoldsNoPassword() {
        assertThat(SharedDatabaseConfiguration.loggable("jdbc:postgresql://db:5432/orders?user=app&password=s3cret"))
                .isEqualTo("jdbc:postgresql://db:5432/orders");
        assertThat(SharedDatabaseConfiguration.loggable("jdbc:postgresql://db/orders;password=s3cret")).doesNotContain("s3cret");
        assertThat(SharedDatabaseConfiguration.loggable("jdbc:postgresql://127.0.0.1:5432/postgres"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/postgres");
    }
}
