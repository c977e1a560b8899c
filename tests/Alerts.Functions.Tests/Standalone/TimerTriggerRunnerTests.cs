using Alerts.Functions.Tests.Infrastructure;
using Alerts.Standalone.Hosting;
using Alerts.Standalone.Metadata;
using Alerts.Standalone.Protocol;
using Alerts.Standalone.Queues;
using Alerts.Standalone.Timers;
using Alerts.Testing;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Alerts.Functions.Tests.Standalone;

[Collection(AzuriteCollection.Name)]
public sealed class TimerTriggerRunnerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 10, 0, 0, 500, TimeSpan.Zero);

    [Fact]
    public async Task Two_instances_on_one_storage_account_run_each_occurrence_once()
    {
        // Arrange
        var time = new FakeTimeProvider(Start);
        var hostId = AzuriteFixture.UniqueName("h");
        var (a, runnerA) = Create(time, hostId, "instance-a");
        var (b, runnerB) = Create(time, hostId, "instance-b");
        using var cts = new CancellationTokenSource();
        var runs = new[] { runnerA.RunAsync(cts.Token), runnerB.RunAsync(cts.Token) };

        // Act: walk the fake clock a second at a time until three runs happened (the runners compute their next
        // occurrence from whatever the clock says when they get there, so the clock is never jumped ahead of them).
        await Eventually.TrueAsync(() =>
        {
            if (a.Calls.Count + b.Calls.Count < 3) time.Advance(TimeSpan.FromSeconds(1));
            return a.Calls.Count + b.Calls.Count >= 3;
        }, "three occurrences");

        // Both runners keep polling for the lock meanwhile; give a double firing the chance to show.
        await Task.Delay(300, TestContext.Current.CancellationToken);
        await cts.CancelAsync();
        await Task.WhenAll(runs);

        // Assert: one instance fired every run, the other none, and no occurrence ran twice.
        var fired = a.Calls.Concat(b.Calls).Select(c => c.Request["Metadata"]!["sys"]!["UtcNow"]!.GetValue<string>()).ToList();
        Assert.InRange(fired.Count, 3, 4);
        Assert.Equal(fired.Count, fired.Distinct().Count());
        Assert.True(a.Calls.IsEmpty || b.Calls.IsEmpty, $"both instances fired: a={a.Calls.Count}, b={b.Calls.Count}");
        Assert.All(a.Calls.Concat(b.Calls), c => Assert.False(c.Request["Data"]!["timer"]!["IsPastDue"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Missed_occurrence_found_at_start_fires_once_with_IsPastDue()
    {
        var time = new FakeTimeProvider(Start);
        var hostId = AzuriteFixture.UniqueName("h");
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("azure-webjobs-hosts");
        await new ScheduleStatusStore(container, hostId, "Tick").WriteAsync(
            new ScheduleStatus(Start.AddMinutes(-3), Start.AddMinutes(-2), Start.AddMinutes(-3)), TestContext.Current.CancellationToken);
        var (invoker, runner) = Create(time, hostId, "instance-a");
        using var cts = new CancellationTokenSource();

        var run = runner.RunAsync(cts.Token);
        await Eventually.TrueAsync(() => invoker.Calls.Count >= 1, "the past-due invocation");
        await cts.CancelAsync();
        await run;

        var timer = invoker.Calls.Single().Request["Data"]!["timer"]!;
        Assert.True(timer["IsPastDue"]!.GetValue<bool>());
        Assert.NotNull(timer["ScheduleStatus"]);
    }

    [Fact]
    public void Schedule_with_a_bad_expression_fails_naming_the_function()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => NcrontabSchedule.Parse("every minute", "PollFeeds/function.json"));

        Assert.Contains("PollFeeds/function.json", ex.Message, StringComparison.Ordinal);
    }

    private (RecordingInvoker, TimerTriggerRunner) Create(FakeTimeProvider time, string hostId, string instance)
    {
        var config = new ConfigurationBuilder().Build();
        var container = new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("azure-webjobs-hosts");
        var function = FunctionMetadataLoader.Parse("Tick", """{"bindings":[{"name":"timer","type":"timerTrigger","direction":"in","schedule":"*/10 * * * * *"}]}""", "test");
        var invoker = new RecordingInvoker();
        var writer = new OutputBindingWriter(new QueueClientProvider(config), new QueueWakeSignals(), new SettingResolver(config), new HostSettings());
        var runner = new TimerTriggerRunner(
            function, NcrontabSchedule.Parse("*/10 * * * * *", "test"),
            new TimerLease(container, hostId, "Tick", instance, TimeSpan.FromSeconds(15)),
            new ScheduleStatusStore(container, hostId, "Tick"),
            runOnStartup: false, invoker, writer, time, NullLogger.Instance);
        return (invoker, runner);
    }
}
