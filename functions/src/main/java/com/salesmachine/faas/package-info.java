/**
 * The AWS Lambda transport (API Gateway HTTP API, payload format 2.0) in front of the same registered
 * functions the HTTP deployment serves. Transport only: it maps a request event onto the message the
 * {@link com.salesmachine.platform.FunctionPipeline} reads and the pipeline's answer onto the response
 * event. It is active only inside Spring Cloud Function's AWS {@code FunctionInvoker} (the adapter on
 * the classpath and no web server); the HTTP jar does not even contain the adapter.
 */
package com.salesmachine.faas;
