package org.parallax.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The task runner's builder: success, failure and finally handlers, each on the FX thread, in that order. */
class TaskRunnerTest {
    private final TaskRunner runner = new TaskRunner();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    private void record(String event) {
        events.add(event + (Platform.isFxApplicationThread() ? " on fx" : " off fx"));
    }

    @Test
    void successRunsTheSuccessHandlerThenFinallyOnTheFxThread() throws InterruptedException {
        runner.task(() -> {
            record("work");
            return 42;
        }).onSuccess(value -> record("success " + value))
                .onFailure(failure -> record("failure"))
                .andFinally(() -> {
                    record("finally");
                    done.countDown();
                }).start();

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("work off fx", "success 42 on fx", "finally on fx");
    }

    @Test
    void failureRunsTheFailureHandlerWithWhatWasThrownThenFinally() throws InterruptedException {
        runner.<Integer>task(() -> {
            throw new IllegalStateException("broken");
        }).onSuccess(value -> record("success"))
                .onFailure(failure -> record("failure " + failure.getMessage()))
                .andFinally(() -> {
                    record("finally");
                    done.countDown();
                }).start();

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("failure broken on fx", "finally on fx");
    }

    @Test
    void aCancelledTaskRunsOnlyFinally() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Task<Void> task = runner.<Void>task(() -> {
            started.countDown();
            Thread.sleep(60_000);
            return null;
        }).onSuccess(value -> record("success"))
                .onFailure(failure -> record("failure"))
                .andFinally(() -> {
                    record("finally");
                    done.countDown();
                }).start();
        assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

        task.cancel();

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("finally on fx");
    }

    @Test
    void onFxThreadAnswersFromAnyThread() {
        String answer = TaskRunner.onFxThread(() -> Platform.isFxApplicationThread() ? "fx" : "not fx");

        assertThat(answer).isEqualTo("fx");
    }
}
