/**
 * One pure signer per algorithm. Each takes the request (method, URL, headers, body bytes), the credentials and the
 * instant, and returns the headers to add: no I/O, no clock, no randomness inside, so a signer is checked against a
 * provider's published example to the byte.
 * <p>
 * Written by hand rather than taken from the providers' SDKs: those are large runtime dependencies (and each its own
 * HTTP stack), while each algorithm is a page of the provider's spec on top of the JDK's SHA-256 and HMAC.
 */
package io.workflowrun.camel.signing;
