using System.Collections.Concurrent;

namespace Alerts.Standalone.Queues;

/// <summary>
/// The host's SharedQueueWatcher: a message this app writes to a queue it also listens on wakes that
/// listener at once instead of waiting out its polling back-off (platform-facts B1).
/// </summary>
public sealed class QueueWakeSignals
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _signals = new(StringComparer.Ordinal);

    public void Wake(string queueName)
    {
        var signal = Get(queueName);
        if (signal.CurrentCount == 0) signal.Release();
    }

    /// <summary>Completes when <see cref="Wake"/> is called for the queue or the delay passes.</summary>
    public async Task WaitAsync(string queueName, TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = Get(queueName).WaitAsync(cts.Token);
        var elapsed = Task.Delay(delay, time, cts.Token);
        await Task.WhenAny(woken, elapsed);
        await cts.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private SemaphoreSlim Get(string queueName) => _signals.GetOrAdd(queueName, _ => new SemaphoreSlim(0, 1));
}
