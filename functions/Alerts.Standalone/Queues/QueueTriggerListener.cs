using System.Diagnostics.Metrics;
using Alerts.Standalone.Metadata;
using Alerts.Standalone.Protocol;
using Alerts.Storage.Queues;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging;

namespace Alerts.Standalone.Queues;

/// <summary>
/// Runs one queue-triggered function with the Storage extension's semantics (platform-facts B1): batches of
/// <c>batchSize</c> taken with a 10-minute lease, at most <c>batchSize + newBatchThreshold</c> in flight,
/// delete on success, <c>visibilityTimeout</c> before a retry, and after <c>maxDequeueCount</c> failures the body
/// moves to <c>{queue}-poison</c> with the reason logged. A message that is not valid base64 is poisoned at once.
/// </summary>
public sealed partial class QueueTriggerListener(
    FunctionMetadata function,
    QueueClient queue,
    QueueClient? poison,
    HostSettings settings,
    IFunctionInvoker invoker,
    OutputBindingWriter outputs,
    QueueWakeSignals wake,
    TimeProvider time,
    ILogger logger)
{
    public const string MeterName = "Alerts.Standalone";
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Poisoned = Meter.CreateCounter<long>("alerts.queue.poisoned", "{message}", "Messages moved to a poison queue");
    private static readonly TimeSpan LeaseRenewal = TimeSpan.FromMinutes(1);

    public string FunctionName => function.Name;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var inFlight = new SemaphoreSlim(settings.BatchSize + settings.NewBatchThreshold);
        var backoff = new PollingBackoff(settings.MaxPollingInterval);
        var running = new List<Task>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                // Fetch a new batch only when a whole batch fits under the concurrency limit.
                while (inFlight.CurrentCount < settings.BatchSize)
                {
                    await Task.WhenAny(running.Where(t => !t.IsCompleted).DefaultIfEmpty(Task.CompletedTask));
                    running.RemoveAll(t => t.IsCompleted);
                }

                QueueMessage[] batch;
                try
                {
                    batch = (await queue.ReceiveMessagesAsync(settings.BatchSize, Lease, cancellationToken)).Value;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Network, auth or storage faults: log and keep polling with back-off, never stop the listener.
                    Log.ReceiveFailed(logger, function.Name, queue.Name, ex);
                    batch = [];
                }

                if (batch.Length == 0)
                {
                    await wake.WaitAsync(queue.Name, backoff.Next(), time, cancellationToken);
                    continue;
                }

                backoff.Reset();
                foreach (var message in batch)
                {
                    await inFlight.WaitAsync(cancellationToken);
                    running.Add(ProcessAndReleaseAsync(message, inFlight, cancellationToken));
                }

                running.RemoveAll(t => t.IsCompleted);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: messages in flight become visible again when their lease ends.
        }

        await Task.WhenAll(running).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task ProcessAndReleaseAsync(QueueMessage message, SemaphoreSlim inFlight, CancellationToken cancellationToken)
    {
        try
        {
            await ProcessAsync(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Storage failed while completing the message: it reappears after its lease and is retried.
            Log.CompletionFailed(logger, function.Name, message.MessageId, ex);
        }
        finally
        {
            inFlight.Release();
        }
    }

    internal async Task ProcessAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        if (message.DequeueCount > settings.MaxDequeueCount)
        {
            await PoisonAsync(message, message.PopReceipt, $"dequeued {message.DequeueCount} times, more than maxDequeueCount {settings.MaxDequeueCount}", cancellationToken);
            return;
        }

        var raw = message.Body.ToString();
        if (!QueueMessageCodec.TryDecode(raw, settings.Base64Messages, out var text))
        {
            await PoisonAsync(message, message.PopReceipt, "the message is not valid base64 (host.json messageEncoding is base64)", cancellationToken);
            return;
        }

        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var receipt = new PopReceiptHolder(message.PopReceipt);
        var renewing = RenewLeaseAsync(message, receipt, renewal.Token);
        InvocationOutcome outcome;
        try
        {
            var info = new QueueMessageInfo(text, message.MessageId, message.PopReceipt, message.DequeueCount, message.InsertedOn, message.ExpiresOn, message.NextVisibleOn);
            var request = InvocationEnvelope.ForQueue(function.Name, function.Trigger.Name, info, time.GetUtcNow());
            outcome = await invoker.InvokeAsync(function.Name, request, cancellationToken);
            if (outcome.Succeeded)
            {
                await outputs.WriteAsync(function, outcome.Response, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            outcome = InvocationOutcome.Failure(ex.Message);
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
        }

        if (outcome.Succeeded)
        {
            await queue.DeleteMessageAsync(message.MessageId, receipt.Value, cancellationToken);
            return;
        }

        Log.InvocationFailed(logger, function.Name, message.MessageId, message.DequeueCount, settings.MaxDequeueCount, outcome.Error ?? "unknown error");
        if (message.DequeueCount >= settings.MaxDequeueCount)
        {
            await PoisonAsync(message, receipt.Value, $"failed {message.DequeueCount} times; last error: {outcome.Error}", cancellationToken);
        }
        else
        {
            await queue.UpdateMessageAsync(message.MessageId, receipt.Value, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: cancellationToken);
        }
    }

    private async Task PoisonAsync(QueueMessage message, string popReceipt, string reason, CancellationToken cancellationToken)
    {
        if (poison is null)
        {
            // Queues named *-poison get no poison queue; the host leaves the message invisible.
            Log.PoisonOfPoison(logger, function.Name, message.MessageId, reason);
            return;
        }

        // Add, then delete: not atomic, so a crash in between leaves a copy in both (platform-facts B1).
        await poison.SendMessageAsync(message.Body.ToString(), cancellationToken);
        await queue.DeleteMessageAsync(message.MessageId, popReceipt, cancellationToken);
        Poisoned.Add(1, new KeyValuePair<string, object?>("queue", queue.Name));
        Log.Poisoned(logger, function.Name, message.MessageId, poison.Name, reason);
    }

    private async Task RenewLeaseAsync(QueueMessage message, PopReceiptHolder receipt, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(LeaseRenewal, time, cancellationToken);
                var updated = await queue.UpdateMessageAsync(message.MessageId, receipt.Value, visibilityTimeout: Lease, cancellationToken: cancellationToken);
                receipt.Value = updated.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException)
        {
            // The invocation finished.
        }
        catch (RequestFailedException ex)
        {
            Log.RenewalFailed(logger, function.Name, message.MessageId, ex);
        }
    }

    private sealed class PopReceiptHolder(string value)
    {
        public string Value { get; set; } = value;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "{Function}: message {MessageId} failed (attempt {DequeueCount} of {MaxDequeueCount}): {Error}")]
        public static partial void InvocationFailed(ILogger logger, string function, string messageId, long dequeueCount, int maxDequeueCount, string error);

        [LoggerMessage(2, LogLevel.Error, "{Function}: message {MessageId} moved to {PoisonQueue}: {Reason}")]
        public static partial void Poisoned(ILogger logger, string function, string messageId, string poisonQueue, string reason);

        [LoggerMessage(3, LogLevel.Error, "{Function}: message {MessageId} failed in a poison queue and stays invisible: {Reason}")]
        public static partial void PoisonOfPoison(ILogger logger, string function, string messageId, string reason);

        [LoggerMessage(4, LogLevel.Warning, "{Function}: could not read queue {Queue}; polling again")]
        public static partial void ReceiveFailed(ILogger logger, string function, string queue, Exception exception);

        [LoggerMessage(5, LogLevel.Warning, "{Function}: could not complete message {MessageId}; it will be redelivered")]
        public static partial void CompletionFailed(ILogger logger, string function, string messageId, Exception exception);

        [LoggerMessage(6, LogLevel.Warning, "{Function}: could not extend the lease of message {MessageId}")]
        public static partial void RenewalFailed(ILogger logger, string function, string messageId, Exception exception);
    }
}
