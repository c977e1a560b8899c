using System.Globalization;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;

namespace Alerts.Teams.Tests;

public sealed class TeamsWebhookClientTests
{
    private const string Secret = "s3cr3tSIGvalue";

    private static readonly string Message = AlertCardBuilder.Serialize(AlertCardBuilder.BuildMessage(SampleAlerts.Shitstorm(), CardLanguage.German));

    private static Uri Hook(LoopbackServer server, string name) =>
        server.Url($"workflows/{name}/triggers/manual/paths/invoke?api-version=1&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig={Secret}");

    private static Task<LoopbackServer> Answering(int status, string body = "", Action<HttpResponse>? headers = null) =>
        LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.StatusCode = status;
            headers?.Invoke(ctx.Response);
            await ctx.Response.WriteAsync(body, ctx.RequestAborted);
        }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Accepted_202_is_delivered_and_the_message_is_posted_as_json()
    {
        // Arrange
        using var host = new WebhookTestHost();
        await using var server = await Answering(202);

        // Act
        var result = await host.Client.PostAsync(Hook(server, "ok"), Message, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal(202, result.StatusCode);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(Message, request.Body);
        Assert.StartsWith("application/json", request.Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(413)]
    public async Task Client_errors_are_rejected_without_a_retry(int status)
    {
        // Arrange
        using var host = new WebhookTestHost();
        await using var server = await Answering(status, $"{{\"error\":\"nope\",\"echo\":\"sig={Secret}\"}}");

        // Act
        var result = await host.Client.PostAsync(Hook(server, "bad"), Message, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(DeliveryOutcome.Rejected, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.Contains("nope", result.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, result.Detail, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Server_error_500_is_transient_and_not_retried_in_process()
    {
        // Arrange
        using var host = new WebhookTestHost();
        await using var server = await Answering(500);

        // Act
        var result = await host.Client.PostAsync(Hook(server, "err"), Message, TestContext.Current.CancellationToken);

        // Assert: one request only; a second POST could double-post the card.
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Equal(500, result.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Too_many_requests_with_Retry_After_seconds_is_honoured()
    {
        // Arrange
        using var host = new WebhookTestHost();
        await using var server = await Answering(429, headers: r => r.Headers.RetryAfter = "7");

        // Act
        var result = await host.Client.PostAsync(Hook(server, "busy"), Message, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(DeliveryOutcome.RetryAfter, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(7), result.RetryAfter);
    }

    [Fact]
    public async Task Too_many_requests_with_Retry_After_date_is_measured_from_now()
    {
        // Arrange
        using var host = new WebhookTestHost();
        var retryAt = host.Time.GetUtcNow().AddMinutes(2).ToString("R", CultureInfo.InvariantCulture);
        await using var server = await Answering(429, headers: r => r.Headers.RetryAfter = retryAt);

        // Act
        var result = await host.Client.PostAsync(Hook(server, "busy-date"), Message, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(DeliveryOutcome.RetryAfter, result.Outcome);
        Assert.Equal(TimeSpan.FromMinutes(2), result.RetryAfter);
    }

    [Fact]
    public async Task Too_many_requests_without_Retry_After_waits_the_default()
    {
        // Arrange
        using var host = new WebhookTestHost();
        await using var server = await Answering(429);

        // Act
        var result = await host.Client.PostAsync(Hook(server, "busy-none"), Message, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(DeliveryOutcome.RetryAfter, result.Outcome);
        Assert.Equal(TeamsWebhookClient.DefaultRetryAfter, result.RetryAfter);
    }

    [Fact]
    public async Task Hanging_webhook_times_out_as_transient_after_the_configured_timeout()
    {
        // Arrange
        using var host = new WebhookTestHost(new() { ["Alerts:Teams:Timeout"] = "00:00:10" });
        await using var server = await LoopbackServer.StartAsync(
            ctx => Task.Delay(Timeout.InfiniteTimeSpan, ctx.RequestAborted), TestContext.Current.CancellationToken);
        var post = host.Client.PostAsync(Hook(server, "hang"), Message, TestContext.Current.CancellationToken);
        await WaitUntil(() => !server.Requests.IsEmpty);
        Assert.False(post.IsCompleted);

        // Act: 9 s is not enough, 10 s is.
        host.Time.Advance(TimeSpan.FromSeconds(9));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(post.IsCompleted);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var result = await post.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.Null(result.StatusCode);
        Assert.Contains("10 s", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_webhook_is_transient()
    {
        // Arrange: a port that was just free, so nothing listens on it.
        using var host = new WebhookTestHost();
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // Act
        var result = await host.Client.PostAsync(new Uri($"http://127.0.0.1:{port}/hook?sig={Secret}"), Message, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(DeliveryOutcome.Transient, result.Outcome);
        Assert.DoesNotContain(Secret, result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_post_within_a_second_is_limited_locally_and_not_sent()
    {
        // Arrange
        using var host = new WebhookTestHost();
        await using var server = await Answering(202);
        var hook = Hook(server, "pace");
        await host.Client.PostAsync(hook, Message, TestContext.Current.CancellationToken);

        // Act
        var second = await host.Client.PostAsync(hook, Message, TestContext.Current.CancellationToken);
        host.Time.Advance(TimeSpan.FromSeconds(1));
        var third = await host.Client.PostAsync(hook, Message, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(DeliveryOutcome.RateLimitedLocally, second.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(1), second.RetryAfter);
        Assert.Equal(DeliveryOutcome.Delivered, third.Outcome);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Spent_hourly_budget_refuses_alerts_but_lets_a_digest_through()
    {
        // Arrange: budget 10 keeps 1 post for digests.
        using var host = new WebhookTestHost(new() { ["Alerts:Teams:HourlyBudget"] = "10" });
        await using var server = await Answering(202);
        var hook = Hook(server, "budget");
        for (var i = 0; i < 9; i++)
        {
            Assert.True((await host.Client.PostAsync(hook, Message, TestContext.Current.CancellationToken)).IsDelivered);
            host.Time.Advance(TimeSpan.FromSeconds(2));
        }

        // Act
        var alert = await host.Client.PostAsync(hook, Message, TestContext.Current.CancellationToken);
        var digest = await host.Client.PostAsync(hook, Message, WebhookPostKind.Digest, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(DeliveryOutcome.BudgetExhausted, alert.Outcome);
        Assert.Equal(DeliveryOutcome.Delivered, digest.Outcome);
        Assert.Equal(10, server.Requests.Count);
    }

    [Fact]
    public async Task Logs_name_the_webhook_by_hash_and_never_contain_the_url()
    {
        // Arrange
        using var host = new WebhookTestHost();
        await using var ok = await Answering(202);
        await using var bad = await Answering(400, "bad card");
        var hook = Hook(ok, "log");

        // Act
        await host.Client.PostAsync(hook, Message, TestContext.Current.CancellationToken);
        await host.Client.PostAsync(Hook(bad, "log"), Message, TestContext.Current.CancellationToken);
        await host.Client.PostAsync(hook, Message, TestContext.Current.CancellationToken);

        // Assert
        var logs = host.Logs.GetSnapshot();
        Assert.NotEmpty(logs);
        Assert.Contains(logs, l => l.Message.Contains(WebhookUrlHash.Of(hook), StringComparison.Ordinal));
        Assert.All(logs, l => Assert.DoesNotContain(Secret, l.Message + l.Exception, StringComparison.Ordinal));
        Assert.All(logs, l => Assert.DoesNotContain("workflows/log", l.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Plain_http_webhook_is_refused_when_https_is_required()
    {
        // Arrange
        using var host = new WebhookTestHost(new() { ["Alerts:Teams:RequireHttps"] = "true" });
        await using var server = await Answering(202);

        // Act
        var result = await host.Client.PostAsync(Hook(server, "http"), Message, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(DeliveryOutcome.Rejected, result.Outcome);
        Assert.Contains("not https", result.Detail, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
