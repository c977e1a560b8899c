using System.Text.Json;
using Alerts.Alerting;
using Alerts.Domain.Scanning;

namespace Alerts.Functions.Tests.Infrastructure;

/// <summary>Spike messages as EvaluateTopics sends them, for tests that drive ProcessSpike.</summary>
public static class TestSpikes
{
    /// <summary>A major spike that starts an episode for <paramref name="topicId"/> + <paramref name="signal"/> in the bucket at <paramref name="bucket"/>: 80 seen, 10 expected.</summary>
    public static string Opening(string topicId, string signal, DateTimeOffset bucket) => JsonSerializer.Serialize(new SpikeMessage(
        SpikeEvidence.IdFor(new DedupKey(topicId, signal), bucket), topicId, signal, bucket, bucket, 80, 10, 8, 1e-9, 12, "major", true, false), JsonSerializerOptions.Web);
}
