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

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.workflowrun.camel.WorkflowRunComponent;
import io.workflowrun.camel.bucket4j.Bucket4jRateLimitStore;
import io.workflowrun.camel.journal.JdbcRunJournal;
import org.apache.camel.spi.ComponentCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scaled out: with {@code workflowrun.database.url} (a PostgreSQL JDBC URL), every instance of the application shares
 * that database, in which the component keeps one rate limit for all of them ({@code rateLimitStore}) and the run
 * journal ({@code runJournal}): what each keyed request started, and the waits that follow those runs. Without it (the
 * default) nothing here exists: the limit is per instance, in memory, with nothing to set up, and there is no journal.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("workflowrun.database.url")
public class SharedDatabaseConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(SharedDatabaseConfiguration.class);

    /** A small pool: each reservation of the rate limit and each step of the journal is one short statement. */
    @Bean(destroyMethod = "close")
    HikariDataSource workflowRunDataSource(@Value("${workflowrun.database.url}") String url,
                                           @Value("${workflowrun.database.user:}") String user,
                                           @Value("${workflowrun.database.password:}") String password,
                                           @Value("${workflowrun.database.pool-size:8}") int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("workflowrun-shared");
        config.setJdbcUrl(url);
        config.setUsername(user.isBlank() ? null : user);
        config.setPassword(password.isBlank() ? null : password);
        config.setMaximumPoolSize(poolSize);
        // a database that does not answer fails the call that needs it within seconds, not after the driver's default
        config.setConnectionTimeout(5_000);
        config.addDataSourceProperty("connectTimeout", 5);
        config.addDataSourceProperty("socketTimeout", 30);
        LOG.info("Sharing the rate limit and the run journal with the other instances in the database at {}", loggable(url));
        return new HikariDataSource(config);
    }

    /** The URL without its parameters, which may hold the password ({@code ?password=...}). */
    static String loggable(String url) {
        return url.replaceFirst("[?;].*", "");
    }

    /**
     * The component's options rateLimitStore and runJournal, as {@code camel.component.workflowrun.rate-limit-store=#bean}
     * and {@code run-journal=#bean} would set them. Both are made here, not beans of their own: the customizer is asked
     * for while the CamelContext is created, when a bean that Camel post-processes could not be. Each creates its table
     * where it is missing.
     */
    @Bean
    ComponentCustomizer sharedRateLimitAndRunJournal(HikariDataSource workflowRunDataSource) {
        return ComponentCustomizer.forType(WorkflowRunComponent.class, component -> {
            component.setRateLimitStore(Bucket4jRateLimitStore.postgresql(workflowRunDataSource));
            component.setRunJournal(JdbcRunJournal.postgresql(workflowRunDataSource));
        });
    }
}
