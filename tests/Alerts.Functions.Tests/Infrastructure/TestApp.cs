using System.Net;
using System.Text.Json.Nodes;
using Alerts.Functions.Hosting;
using Alerts.Standalone.Protocol;
using Alerts.Storage.Connections;
using Alerts.Storage.Queues;
using Alerts.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Alerts.Functions.Tests.Infrastructure;

/// <summary>
/// The real app (same composition as Program.cs) on Kestrel at 127.0.0.1 and a free port, against its own
/// Azurite account, with the repo's function folders as app root. Standalone triggers run unless disabled.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
        Client = CreateClient(AdminKey);
    }

    /// <summary>The API keys every test app is configured with (standalone, the app checks them itself).</summary>
    public const string AdminKey = "test-admin-key-0123456789";
    public const string ReadKey = "test-read-key-0123456789";

    public WebApplication App { get; }
    public Uri BaseAddress { get; }
    /// <summary>A client that sends the admin key.</summary>
    public HttpClient Client { get; }
    public IServiceProvider Services => App.Services;

    /// <summary>The app's storage connection string (<c>AlertsStorage</c> and <c>AzureWebJobsStorage</c>).</summary>
    public string Storage { get; private init; } = "";

    public static string AppRoot => Path.Combine(RepoPaths.Root, "functions", "Alerts.Functions");

    // storage: a connection string to share with another instance (default: a new account of its own).
    public static async Task<TestApp> StartAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null, bool triggers = true, Action<IServiceCollection>? services = null, string? storage = null)
    {
        storage ??= azurite.NewAccountConnectionString();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppRoot, EnvironmentName = "Development" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AlertsStorage"] = storage,
            ["AzureWebJobsStorage"] = storage,
            ["POLL_FEEDS_SCHEDULE"] = "*/1 * * * * *",
            ["EVALUATE_TOPICS_SCHEDULE"] = "0 0 0 1 1 *",
            ["MAINTAIN_ALERTS_SCHEDULE"] = "0 0 0 1 1 *",
            ["Alerts:Feeds:AllowLoopback"] = "true",
            ["Alerts:Telemetry:Console"] = "false",
            ["Alerts:Standalone:Enabled"] = triggers ? "true" : "false",
            ["Alerts:Api:AdminKey"] = AdminKey,
            ["Alerts:Api:ReadKey"] = ReadKey,
            ["Alerts:PublicBaseUrl"] = "http://alerts.example",
            ["Alerts:Security:AckSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.AddAlerts();
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapAlerts();
        await app.StartAsync();
        return new TestApp(app, new Uri(app.Urls.First() + "/")) { Storage = storage };
    }

    /// <summary>Invokes a function through the same dispatcher the host's POSTs reach.</summary>
    public Task<InvocationOutcome> InvokeQueueAsync(string function, string binding, string message, long dequeueCount = 1) =>
        Services.GetRequiredService<IFunctionInvoker>().InvokeAsync(function,
            InvocationEnvelope.ForQueue(function, binding, new QueueMessageInfo(message, Guid.NewGuid().ToString(), "pop", dequeueCount, null, null, null), DateTimeOffset.UnixEpoch),
            CancellationToken.None);

    public Task<InvocationOutcome> InvokeTimerAsync(string function) =>
        Services.GetRequiredService<IFunctionInvoker>().InvokeAsync(function,
            InvocationEnvelope.ForTimer(function, "timer", new TimerInvocation(false, null), DateTimeOffset.UnixEpoch), CancellationToken.None);

    /// <summary>Receives, decodes and deletes every visible message of <paramref name="queueName"/>, oldest batch first.</summary>
    public async Task<List<string>> DrainQueueAsync(string queueName)
    {
        var queue = Services.GetRequiredService<StorageConnection>().CreateQueueServiceClient().GetQueueClient(queueName);
        await queue.CreateIfNotExistsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var result = new List<string>();
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, cancellationToken: TestContext.Current.CancellationToken)).Value;
            if (batch.Length == 0) return result;
            foreach (var m in batch)
            {
                Assert.True(QueueMessageCodec.TryDecode(m.Body.ToString(), base64: true, out var text));
                result.Add(text);
                await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt, TestContext.Current.CancellationToken);
            }
        }
    }

    /// <summary>A client sending <paramref name="key"/> in x-functions-key, or no key at all.</summary>
    public HttpClient CreateClient(string? key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (key is not null) client.DefaultRequestHeaders.Add("x-functions-key", key);
        return client;
    }

    public static JsonObject Json(string text) => JsonNode.Parse(text)!.AsObject();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
