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
package io.workflowrun.camel.spi;

import java.util.Objects;

/**
 * An access key pair, with the session token of temporary credentials where there is one. Every signer reads the token
 * from here and sends it under its provider's header name, so a token is handled alike whoever signs.
 *
 * @param accessKey     the access key ID (not secret, but kept out of text all the same)
 * @param secretKey     the secret key
 * @param securityToken the session token, or null (a blank one is taken as none: no signer sends an empty token header)
 */
public record Credentials(String accessKey, String secretKey, String securityToken) {

    public Credentials {
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
        securityToken = securityToken == null || securityToken.isBlank() ? null : securityToken;
    }

    /** Never the secret or the token. */
    @Override
    public String toString() {
        return "Credentials[accessKey=" + mask(accessKey) + ", secretKey=***, securityToken="
               + (securityToken == null ? "none" : "***") + "]";
    }

    private static String mask(String key) {
        return key.length() <= 4 ? "***" : key.substring(0, 4) + "***";
    }
}
