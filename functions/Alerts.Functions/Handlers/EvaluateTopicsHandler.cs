using System.Globalization;
using System.Text.Json;
using Alerts.Detection;
using Alerts.Domain.Buckets;
using Alerts.Domain.Configuration;
using Alerts.Domain.Scanning;
using Alerts.Functions.Protocol;
using Alerts.Functions.Scanning;
using Alerts.Functions.Telemetry;
using Alerts.Standalone.Queues;
using Alerts.Storage;
using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Storage.Detection;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Handlers;

/// <summary>
/// Timer: for every enabled topic, feeds each bucket that has closed since the last run (missing buckets as zeros,
/// at most one day of catch-up) to the topic's detector and sends the verdicts worth acting on to
/// <c>spike-decisions</c>. Messages are sent before the detector state is saved: a crash in between repeats a
/// verdict (its <see cref="SpikeMessage.SpikeId"/> dedupes it downstream) but never loses one.
/// </summary>
public sealed partial class EvaluateTopicsHandler(
    ConfigStore config,
    BucketStore buckets,
    DetectorStateStore states,
    ExpectationStore expectations,
    QueueSender sender,
    IOptions<ScanOptions> scan,
    IOptions<DetectionOptions> detection,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    ILogger<EvaluateTopicsHandler> logger) : IFunctionHandler
{
    public const string QueueName = "spike-decisions";
    private static readonly TimeSpan MaxCatchUp = TimeSpan.FromDays(1);

    public string Name => FunctionNames.EvaluateTopics;

    public async Task<InvocationResult> HandleAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var clock = new BucketClock(scan.Value.BucketLength);
        var lastClosed = clock.LastClosed(time.GetUtcNow() - scan.Value.SettleDelay);
        var result = new InvocationResult();
        var (evaluated, sent) = (0, 0);
        var failed = new List<string>();
        foreach (var topic in (await config.ListTopicsAsync(cancellationToken)).Select(t => t.Value).Where(t => t.Enabled))
        {
            try
            {
                var count = await EvaluateAsync(topic, clock, lastClosed, cancellationToken);
                if (count is null) continue;
                evaluated++;
                sent += count.Value;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One broken topic (say, an unreadable detector state) must not stop the others from being evaluated.
                Log.TopicFailed(logger, topic.Id, ex);
                failed.Add(topic.Id);
            }
        }

        if (failed.Count > 0)
        {
            throw new InvalidOperationException($"evaluation failed for topic(s) {string.Join(", ", failed)}; the others were evaluated ({evaluated} topics, {sent} decisions)");
        }

        return result.Log($"evaluated {evaluated} topics up to the bucket at {lastClosed:O}; {sent} spike decisions sent");
    }

    /// <summary>Evaluates one topic's newly closed buckets; null when there is nothing new.</summary>
    private async Task<int?> EvaluateAsync(TopicConfig topic, BucketClock clock, DateTimeOffset lastClosed, CancellationToken cancellationToken)
    {
        var settings = new DetectorSettings
        {
            Sensitivity = ParseSensitivity(topic.Sensitivity),
            BucketLength = scan.Value.BucketLength,
            WarmUp = detection.Value.WarmUp,
        };
        var (saved, etag) = await states.GetAsync(topic.Id, cancellationToken);
        var detector = saved is null ? new TopicDetector(settings) : TopicDetector.Load(settings, saved);
        var from = detector.LastBucketStart is { } last ? last + settings.BucketLength : lastClosed;
        if (from > lastClosed) return null;
        if (lastClosed - from > MaxCatchUp) from = clock.StartOf(lastClosed - MaxCatchUp);

        var stored = (await buckets.GetRangeAsync(topic.Id, from, lastClosed + settings.BucketLength, cancellationToken))
            .ToDictionary(b => b.Start);
        var messages = new List<SpikeMessage>();
        var expected = new List<BucketExpectation>();
        for (var start = from; start <= lastClosed; start += settings.BucketLength)
        {
            var observation = stored.TryGetValue(start, out var b)
                ? new BucketObservation(start, b.Aggregate.Mentions, b.Aggregate.Emotion.Negative, b.Aggregate.Emotion.Positive)
                : new BucketObservation(start, 0, 0, 0);
            var decisions = detector.Observe(observation);
            messages.AddRange(decisions.Where(IsActionable).Select(d => ToMessage(topic, d)));
            expected.AddRange(ToExpectations(decisions));
        }

        // Written before the state: a crash in between evaluates these buckets again and rewrites the same rows.
        await expectations.WriteAsync(topic.Id, expected, cancellationToken);
        await sender.SendAsync(storage.Value.Connection, QueueName, messages.Select(m => JsonSerializer.Serialize(m, FunctionsJsonContext.Default.SpikeMessage)), cancellationToken);
        foreach (var message in messages)
        {
            Log.Spike(logger, topic.Id, message.Signal, message.Observed, message.Expected, message.Severity);
        }

        AlertsTelemetry.SpikeDecisions.Add(messages.Count);
        if (!await states.TryWriteAsync(topic.Id, detector.SaveState(), etag, cancellationToken)) Log.LostRace(logger, topic.Id);
        return messages.Count;
    }

    /// <summary>
    /// Per bucket, what the volume and emotion detectors expected and which signals spiked. A gap's episode breaks
    /// carry no expectation, so a bucket without a decision of a signal stores null for it.
    /// </summary>
    public static IEnumerable<BucketExpectation> ToExpectations(IReadOnlyList<SpikeDecision> decisions) =>
        decisions.GroupBy(d => d.BucketStart).Select(g =>
        {
            double? ExpectedOf(Signal signal) => g.FirstOrDefault(d => d.Signal == signal && !(d.EpisodeEnded && d.Observed == 0 && d.Expected == 0)) is { } d ? d.Expected : null;
            return new BucketExpectation(
                g.Key,
                ExpectedOf(Signal.Volume),
                ExpectedOf(Signal.NegativeEmotion),
                ExpectedOf(Signal.PositiveEmotion),
                g.Where(d => d.IsSpike).Select(d => SignalName(d.Signal)).Distinct().ToList());
        });

    /// <summary>The signal's name in spike messages and alert keys.</summary>
    public static string SignalName(Signal signal) => signal.ToString().ToLowerInvariant();

    /// <summary>An episode's start, a continuing spike (its severity may rise) and its end reach the lifecycle.</summary>
    private static bool IsActionable(SpikeDecision d) => d.EpisodeStarted || d.EpisodeEnded || (d.IsSpike && d.EpisodeContinues);

    private static SpikeMessage ToMessage(TopicConfig topic, SpikeDecision d)
    {
        var signal = SignalName(d.Signal);
        var id = string.Create(CultureInfo.InvariantCulture, $"{topic.Id}|{signal}|{d.BucketStart.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");
        return new SpikeMessage(id, topic.Id, signal, d.BucketStart, d.OnsetStart, d.Observed, d.Expected, d.Lift, d.TailProbability, d.Score, d.Severity, d.EpisodeStarted, d.EpisodeEnded);
    }

    private static Sensitivity ParseSensitivity(string value) => value switch
    {
        "low" => Sensitivity.Low,
        "high" => Sensitivity.High,
        _ => Sensitivity.Medium,
    };

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Topic {TopicId}: {Signal} spike decision, observed {Observed} vs expected {Expected:F1} ({Severity})")]
        public static partial void Spike(ILogger logger, string topicId, string signal, double observed, double expected, string severity);

        [LoggerMessage(2, LogLevel.Warning, "Topic {TopicId}: another evaluator saved the detector state first; its result stands")]
        public static partial void LostRace(ILogger logger, string topicId);

        [LoggerMessage(3, LogLevel.Error, "Topic {TopicId}: evaluation failed; other topics go on")]
        public static partial void TopicFailed(ILogger logger, string topicId, Exception exception);
    }
}
