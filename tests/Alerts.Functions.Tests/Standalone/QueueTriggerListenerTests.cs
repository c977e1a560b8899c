using System.Text;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Standalone.Hosting;
using Alerts.Standalone.Metadata;
using Alerts.Standalone.Protocol;
using Alerts.Standalone.Queues;
using Alerts.Storage.Queues;
using Alerts.Testing;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace Alerts.Functions.Tests.Standalone;

[Collection(AzuriteCollection.Name)]
public sealed class QueueTriggerListenerTests(AzuriteFixture azurite)
{
    private static readonly HostSettings Fast = new()
    {
        BatchSize = 4, NewBatchThreshold = 2, MaxPollingInterval = TimeSpan.FromMilliseconds(100),
        VisibilityTimeout = TimeSpan.Zero, MaxDequeueCount = 5, Base64Messages = true,
    };

    [Fact]
    public async Task Message_that_fails_five_times_moves_to_the_poison_queue_with_its_body()
    {
        // Arrange
        var (queue, poison, invoker, listener) = await CreateAsync();
        invoker.Respond = (_, _) => InvocationOutcome.Failure("feed 'nope' does not exist");
        await queue.SendMessageAsync(QueueMessageCodec.Encode("""{"feedId":"nope"}""", base64: true), TestContext.Current.CancellationToken);
        using var cts = new CancellationTokenSource();

        // Act
        var run = listener.RunAsync(cts.Token);
        await Eventually.TrueAsync(async () => (await poison.PeekMessagesAsync(cancellationToken: TestContext.Current.CancellationToken)).Value.Length == 1, "message in the poison queue");
        await cts.CancelAsync();
        await run;

        // Assert
        Assert.Equal(5, invoker.Calls.Count);
        Assert.Equal(["1", "2", "3", "4", "5"], invoker.Calls.Select(c => c.Request["Metadata"]!["DequeueCount"]!.GetValue<string>()));
        var poisoned = (await poison.ReceiveMessageAsync(cancellationToken: TestContext.Current.CancellationToken)).Value;
        Assert.True(QueueMessageCodec.TryDecode(poisoned.Body.ToString(), true, out var text));
        Assert.Equal("""{"feedId":"nope"}""", text);
        Assert.Empty((await queue.PeekMessagesAsync(cancellationToken: TestContext.Current.CancellationToken)).Value);
    }

    [Fact]
    public async Task Message_that_is_not_base64_is_poisoned_without_invoking_the_function()
    {
        var (queue, poison, invoker, listener) = await CreateAsync();
        await queue.SendMessageAsync("this is {not} base64!", TestContext.Current.CancellationToken);
        using var cts = new CancellationTokenSource();

        var run = listener.RunAsync(cts.Token);
        await Eventually.TrueAsync(async () => (await poison.PeekMessagesAsync(cancellationToken: TestContext.Current.CancellationToken)).Value.Length == 1, "message in the poison queue");
        await cts.CancelAsync();
        await run;

        Assert.Empty(invoker.Calls);
    }

    [Fact]
    public async Task Successful_invocation_deletes_the_message_and_passes_it_double_encoded()
    {
        var (queue, _, invoker, listener) = await CreateAsync();
        await queue.SendMessageAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"k":"ü"}""")), TestContext.Current.CancellationToken);
        using var cts = new CancellationTokenSource();

        var run = listener.RunAsync(cts.Token);
        await Eventually.TrueAsync(() => !invoker.Calls.IsEmpty, "an invocation");
        await Eventually.TrueAsync(async () => (await queue.GetPropertiesAsync(TestContext.Current.CancellationToken)).Value.ApproximateMessagesCount == 0, "the message deleted");
        await cts.CancelAsync();
        await run;

        var data = invoker.Calls.Single().Request["Data"]!["msg"]!.GetValue<string>();
        Assert.Equal("\"{\\\"k\\\":\\\"ü\\\"}\"", data);
    }

    private async Task<(QueueClient Queue, QueueClient Poison, RecordingInvoker Invoker, QueueTriggerListener Listener)> CreateAsync()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Store"] = azurite.ConnectionString }).Build();
        var name = AzuriteFixture.UniqueName("q");
        var provider = new QueueClientProvider(config);
        var queue = await provider.GetAsync("Store", name, TestContext.Current.CancellationToken);
        var poison = await provider.GetAsync("Store", name + "-poison", TestContext.Current.CancellationToken);
        var function = FunctionMetadataLoader.Parse("Worker", $$"""{"bindings":[{"name":"msg","type":"queueTrigger","direction":"in","queueName":"{{name}}","connection":"Store"}]}""", "test");
        var invoker = new RecordingInvoker();
        var wake = new QueueWakeSignals();
        var writer = new OutputBindingWriter(provider, wake, new SettingResolver(config), Fast);
        var listener = new QueueTriggerListener(function, queue, poison, Fast, invoker, writer, wake, TimeProvider.System, NullLogger.Instance);
        return (queue, poison, invoker, listener);
    }
}
