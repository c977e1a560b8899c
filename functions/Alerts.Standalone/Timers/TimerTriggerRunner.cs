using Alerts.Standalone.Metadata;
using Alerts.Standalone.Protocol;
using Alerts.Standalone.Queues;
using Microsoft.Extensions.Logging;

namespace Alerts.Standalone.Timers;

/// <summary>
/// Runs one timer function with the host's semantics (platform-facts B2): only the lease holder fires;
/// runs never overlap; the next occurrence is computed from the start of the last run, so an overlong run
/// is followed by one immediate catch-up, not one per missed occurrence; with <c>useMonitor</c> a missed
/// occurrence found at start-up fires once with <c>IsPastDue = true</c>. Failures are logged, not retried.
/// </summary>
public sealed partial class TimerTriggerRunner(
    FunctionMetadata function,
    NcrontabSchedule schedule,
    TimerLease lease,
    ScheduleStatusStore? status,
    bool runOnStartup,
    IFunctionInvoker invoker,
    OutputBindingWriter outputs,
    TimeProvider time,
    ILogger logger)
{
    public string FunctionName => function.Name;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    if (!await lease.TryAcquireOrRenewAsync(cancellationToken))
                    {
                        await Task.Delay(lease.Duration / 2, time, cancellationToken);
                        continue;
                    }

                    Log.LeaseAcquired(logger, function.Name);
                    await RunAsLeaderAsync(cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // A storage fault must not stop the schedule for good: give up the lock, wait, try again.
                    Log.RunnerFaulted(logger, function.Name, ex);
                    await lease.ReleaseAsync();
                    await Task.Delay(lease.Duration, time, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }

    private async Task RunAsLeaderAsync(CancellationToken cancellationToken)
    {
        var last = status is null ? null : await status.ReadAsync(cancellationToken);
        var now = time.GetUtcNow();
        DateTimeOffset next;
        if (last is not null && now > last.Next)
        {
            await FireAsync(isPastDue: true, last, scheduled: last.Next, cancellationToken);
            next = schedule.NextAfter(now);
        }
        else
        {
            if (runOnStartup)
            {
                await FireAsync(isPastDue: false, last, scheduled: now, cancellationToken);
            }

            next = last?.Next is { } recorded && recorded > now ? recorded : schedule.NextAfter(now);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (!await WaitUntilAsync(next, cancellationToken))
            {
                Log.LeaseLost(logger, function.Name);
                return;
            }

            var started = time.GetUtcNow();
            var (status, held) = await FireHoldingLeaseAsync(isPastDue: false, last, scheduled: next, cancellationToken);
            if (!held)
            {
                Log.LeaseLost(logger, function.Name);
                return;
            }

            last = status;
            next = schedule.NextAfter(started > next ? started : next);
        }
    }

    /// <summary>Sleeps until <paramref name="due"/>, renewing the lease on the way; false if the lease was lost.</summary>
    private async Task<bool> WaitUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        var renewEvery = lease.Duration / 3;
        while (true)
        {
            var remaining = due - time.GetUtcNow();
            if (remaining <= TimeSpan.Zero) return true;
            await Task.Delay(remaining < renewEvery ? remaining : renewEvery, time, cancellationToken);
            if (!await lease.TryAcquireOrRenewAsync(cancellationToken)) return false;
        }
    }

    /// <summary>
    /// Fires while renewing the lock in the background, so a run longer than the lease cannot let another instance
    /// start the same timer; if the lock was lost meanwhile, the status is not written.
    /// </summary>
    private async Task<(ScheduleStatus? Status, bool Held)> FireHoldingLeaseAsync(bool isPastDue, ScheduleStatus? last, DateTimeOffset scheduled, CancellationToken cancellationToken)
    {
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var held = true;
        var renewing = Task.Run(async () =>
        {
            try
            {
                while (held)
                {
                    await Task.Delay(lease.Duration / 3, time, renewal.Token);
                    held = await lease.TryAcquireOrRenewAsync(renewal.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The run finished.
            }
        }, CancellationToken.None);
        ScheduleStatus? status;
        try
        {
            status = await FireAsync(isPastDue, last, scheduled, cancellationToken, writeStatus: () => held);
        }
        finally
        {
            await renewal.CancelAsync();
            await renewing;
        }

        return (status, held);
    }

    private async Task<ScheduleStatus?> FireAsync(bool isPastDue, ScheduleStatus? last, DateTimeOffset scheduled, CancellationToken cancellationToken, Func<bool>? writeStatus = null)
    {
        var now = time.GetUtcNow();
        var request = InvocationEnvelope.ForTimer(function.Name, function.Trigger.Name, new TimerInvocation(isPastDue, last), now);
        try
        {
            var outcome = await invoker.InvokeAsync(function.Name, request, cancellationToken);
            if (outcome.Succeeded)
            {
                await outputs.WriteAsync(function, outcome.Response, cancellationToken);
            }
            else
            {
                Log.TimerFailed(logger, function.Name, outcome.Error ?? "unknown error");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.TimerCrashed(logger, function.Name, ex);
        }

        if (status is null || writeStatus?.Invoke() == false) return null;
        var updated = new ScheduleStatus(scheduled, schedule.NextAfter(scheduled > now ? scheduled : now), time.GetUtcNow());
        await status.WriteAsync(updated, cancellationToken);
        return updated;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Timer {Function}: this instance holds the schedule lock")]
        public static partial void LeaseAcquired(ILogger logger, string function);

        [LoggerMessage(2, LogLevel.Warning, "Timer {Function}: lost the schedule lock; another instance runs it now")]
        public static partial void LeaseLost(ILogger logger, string function);

        [LoggerMessage(3, LogLevel.Error, "Timer {Function} failed: {Error} (timers are not retried; the next occurrence runs as scheduled)")]
        public static partial void TimerFailed(ILogger logger, string function, string error);

        [LoggerMessage(4, LogLevel.Error, "Timer {Function} crashed")]
        public static partial void TimerCrashed(ILogger logger, string function, Exception exception);

        [LoggerMessage(5, LogLevel.Error, "Timer {Function}: storage fault; releasing the schedule lock and retrying")]
        public static partial void RunnerFaulted(ILogger logger, string function, Exception exception);
    }
}
