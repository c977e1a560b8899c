using System.Globalization;
using System.Text.Json.Nodes;

namespace Alerts.Standalone.Metadata;

/// <summary>
/// The <c>extensions.queues</c> section of host.json with the Storage extension's defaults
/// (platform-facts B1), so standalone mode polls, retries and poisons as the host would.
/// </summary>
public sealed record HostSettings
{
    public int BatchSize { get; init; } = 16;
    public int NewBatchThreshold { get; init; } = 8 * Environment.ProcessorCount;
    public TimeSpan MaxPollingInterval { get; init; } = TimeSpan.FromMinutes(1);
    public TimeSpan VisibilityTimeout { get; init; } = TimeSpan.Zero;
    public int MaxDequeueCount { get; init; } = 5;
    public bool Base64Messages { get; init; } = true;

    public static HostSettings Load(string appRoot)
    {
        var path = Path.Combine(appRoot, "host.json");
        var queues = JsonNode.Parse(File.ReadAllText(path))?["extensions"]?["queues"];
        if (queues is null)
        {
            return new HostSettings();
        }

        var d = new HostSettings();
        var batch = queues["batchSize"]?.GetValue<int>() ?? d.BatchSize;
        if (batch is < 1 or > 32)
        {
            throw new InvalidOperationException($"{path}: extensions.queues.batchSize must be 1..32, got {batch}");
        }

        var maxDequeue = queues["maxDequeueCount"]?.GetValue<int>() ?? d.MaxDequeueCount;
        if (maxDequeue < 1)
        {
            throw new InvalidOperationException($"{path}: extensions.queues.maxDequeueCount must be >= 1, got {maxDequeue}");
        }

        var polling = Span(queues["maxPollingInterval"], d.MaxPollingInterval, path);
        return new HostSettings
        {
            BatchSize = batch,
            NewBatchThreshold = queues["newBatchThreshold"]?.GetValue<int>() ?? batch / 2 * Environment.ProcessorCount,
            MaxPollingInterval = polling < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100) : polling,
            VisibilityTimeout = Span(queues["visibilityTimeout"], d.VisibilityTimeout, path),
            MaxDequeueCount = maxDequeue,
            Base64Messages = !string.Equals(queues["messageEncoding"]?.GetValue<string>(), "none", StringComparison.OrdinalIgnoreCase),
        };
    }

    private static TimeSpan Span(JsonNode? node, TimeSpan fallback, string path) =>
        node is null ? fallback
        : TimeSpan.TryParse(node.GetValue<string>(), CultureInfo.InvariantCulture, out var v) ? v
        : throw new InvalidOperationException($"{path}: '{node}' is not a TimeSpan (hh:mm:ss)");
}
