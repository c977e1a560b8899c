using Alerts.Domain.Configuration;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Storage.Connections;
using Alerts.Storage.Queues;
using Azure;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Functions.Tests.Faults;

/// <summary>Seeding, messages and read-backs shared by the fault tests.</summary>
public static class Scenario
{
    public static Task SeedAsync(TestApp app, IReadOnlyList<ChannelConfig> channels, IReadOnlyList<TopicConfig> topics, IReadOnlyList<FeedConfig> feeds) =>
        app.Services.GetRequiredService<ConfigStore>().SeedAsync(new AlertsConfiguration(channels, topics, feeds), TestContext.Current.CancellationToken);

    public static string ScanMessage(string feedId, string scanId) =>
        $$"""{"feedId":"{{feedId}}","scanId":"{{scanId}}","requestedAt":"2026-01-01T00:00:00Z"}""";

    /// <summary>Mentions of a topic in all its buckets within two hours of now.</summary>
    public static async Task<int> MentionsAsync(TestApp app, string topicId)
    {
        var now = DateTimeOffset.UtcNow;
        var buckets = await app.Services.GetRequiredService<BucketStore>().GetRangeAsync(topicId, now.AddHours(-2), now.AddHours(2), TestContext.Current.CancellationToken);
        return buckets.Sum(b => b.Aggregate.Mentions);
    }

    /// <summary>Sends messages to a queue the way the host's output bindings do (base64 text), creating the queue.</summary>
    public static async Task EnqueueAsync(TestApp app, string queueName, IEnumerable<string> messages)
    {
        var queue = app.Services.GetRequiredService<StorageConnection>().CreateQueueServiceClient().GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: TestContext.Current.CancellationToken);
        foreach (var m in messages) await queue.SendMessageAsync(QueueMessageCodec.Encode(m, base64: true), TestContext.Current.CancellationToken);
    }

    /// <summary>Messages in a queue, visible or not (0 for a queue that does not exist): 0 means every message was completed.</summary>
    public static async Task<int> QueueDepthAsync(TestApp app, string queueName)
    {
        var queue = app.Services.GetRequiredService<StorageConnection>().CreateQueueServiceClient().GetQueueClient(queueName);
        try
        {
            return (await queue.GetPropertiesAsync(TestContext.Current.CancellationToken)).Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return 0;
        }
    }
}
