package org.sendplan.submission.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.sendplan.submission.pack.Pack;
import org.sendplan.submission.pack.PackContent;
import org.sendplan.submission.pack.PackFixtures;
import org.sendplan.submission.pack.SubmissionPackWriter;
import org.sendplan.validation.bench.ValidationBenchmark;

/**
 * How long one submission pack takes for the largest plan of {@link ValidationBenchmark} (15
 * workstreams, 60 spend lines, 5 risks, 8 governance rows, all 41 requirements, every narrative at
 * its word limit): Word, two PDF/UA documents, the workbook, report, manifest and zip. Target:
 * under 1 second. Run with {@link #main}; it is not a test, so the build never runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class PackBenchmark {

    private SubmissionPackWriter writer;
    private PackContent fullPlan;

    @Setup
    public void setUp() {
        writer = new SubmissionPackWriter();
        fullPlan = PackFixtures.content(ValidationBenchmark.fullPlan());
    }

    @TearDown
    public void tearDown() {
        writer.destroy();
    }

    @Benchmark
    public Pack writeFullPlanPack() {
        return writer.write(fullPlan);
    }

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(PackBenchmark.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(3)
                .measurementIterations(5)
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
        new Runner(options).run();
    }
}
