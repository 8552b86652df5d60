package com.salesmachine.platform.http;

import com.salesmachine.support.ApplicationTest;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.netty.channel.AbortedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser that navigates away aborts its pending fetches; when the answer is written after that, Reactor Netty
 * fails the write ("Connection has been closed BEFORE send operation"). Seen in the dev server's log as an ERROR
 * "Unexpected failure" with a stack trace, which would page someone for a caller who simply left.
 */
@ExtendWith(OutputCaptureExtension.class)
class HttpErrorHandlerTest extends ApplicationTest {

    @Autowired
    HttpErrorHandler handler;

    @Test
    void aCallerThatHasGoneAwayIsNeitherAnsweredNorReportedAsABug(CapturedOutput output) {
        MockServerWebExchange aborted = exchange();
        handler.handle(aborted, new AbortedException("Connection has been closed BEFORE send operation"))
                .block(Duration.ofSeconds(5));
        MockServerWebExchange reset = exchange();
        handler.handle(reset, new IOException("Connection reset by peer")).block(Duration.ofSeconds(5));

        assertThat(aborted.getResponse().getStatusCode()).isNull();
        assertThat(aborted.getResponse().isCommitted()).isFalse();
        assertThat(reset.getResponse().getStatusCode()).isNull();
        assertThat(output.getAll()).doesNotContain("Unexpected failure");
    }

    /** The control: a failure of ours through the same handler is still answered 500 and logged as a bug. */
    @Test
    void aBugIsStillAnswered500AndReported(CapturedOutput output) {
        MockServerWebExchange bug = exchange();
        handler.handle(bug, new IllegalStateException("a bug")).block(Duration.ofSeconds(5));

        assertThat(bug.getResponse().getStatusCode().value()).isEqualTo(500);
        assertThat(bug.getResponse().getBodyAsString().block(Duration.ofSeconds(5))).contains("INTERNAL_SERVER_ERROR");
        assertThat(output.getAll()).contains("Unexpected failure");
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/dashboardPipeline"));
    }
}
