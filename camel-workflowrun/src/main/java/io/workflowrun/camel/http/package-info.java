/**
 * The async HTTP transport (Apache HttpClient 5, the client camel-http brings) and JSON (Jackson).
 * <p>
 * {@link io.workflowrun.camel.http.EventStreamParser} is written by hand: HttpClient 5.5 has no server-sent-events
 * reader, and the format is a few lines of a W3C spec, smaller than a further dependency.
 */
package io.workflowrun.camel.http;
