/**
 * The AWS Lambda transport (API Gateway HTTP API, payload format 2.0) in front of the same registered
 * functions the HTTP deployment serves. An adapter only: the rules and the answers are
 * {@link com.salesmachine.platform.transport.ApiTransport}'s; it turns a request event into the
 * {@link com.salesmachine.platform.pipeline.Call} the pipeline reads and the answer into the response event.
 * It is active only inside Spring Cloud Function's AWS {@code FunctionInvoker} (the adapter on the classpath and
 * no web server); the HTTP jar does not even contain the adapter.
 */
package com.salesmachine.faas;
