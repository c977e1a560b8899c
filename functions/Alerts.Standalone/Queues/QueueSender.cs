using Alerts.Standalone.Hosting;
using Alerts.Standalone.Metadata;
using Alerts.Storage.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Alerts.Standalone.Queues;

/// <summary>
/// Sends messages as an output binding would: in the encoding host.json sets for queue triggers, waking this app's
/// own listener. For handlers that must send before saving their state, which the host writes outputs only after.
/// </summary>
public sealed class QueueSender(QueueClientProvider queues, QueueWakeSignals wake, IHostEnvironment environment, IOptions<StandaloneOptions> options)
{
    private readonly Lazy<HostSettings> _host = new(() => HostSettings.Load(options.Value.AppRootOr(environment.ContentRootPath)));

    public Task SendAsync(string connection, string queueName, IEnumerable<string> messages, CancellationToken cancellationToken) =>
        SendAsync(connection, queueName, messages, visibilityDelay: null, cancellationToken);

    /// <summary>Sends the messages; with <paramref name="visibilityDelay"/> they become visible only after it.</summary>
    public async Task SendAsync(string connection, string queueName, IEnumerable<string> messages, TimeSpan? visibilityDelay, CancellationToken cancellationToken)
    {
        var sent = 0;
        foreach (var message in messages)
        {
            var queue = await queues.GetAsync(connection, queueName, cancellationToken);
            await queue.SendMessageAsync(QueueMessageCodec.Encode(message, _host.Value.Base64Messages), visibilityDelay, timeToLive: null, cancellationToken);
            sent++;
        }

        if (sent > 0 && visibilityDelay is null) wake.Wake(queueName);
    }
}
