using System.Text.Json.Nodes;
using Alerts.Functions.Protocol;
using Alerts.Standalone.Protocol;

namespace Alerts.Functions.Tests.Protocol;

public sealed class InvocationRequestTests
{
    // Captured shape of a host queue invocation (platform-facts A2 (2)): the message is a JSON string inside a JSON string.
    private const string HostQueueEnvelope = """
        {"Data": {"scan": "\"{\\\"feedId\\\":\\\"demo\\\",\\\"scanId\\\":\\\"s-1\\\"}\""},
         "Metadata": {"DequeueCount": "2", "ExpirationTime": "2026-01-12T10:00:06+00:00",
                      "Id": "\"a0004923-f050-417a-9742-6d7c7b984134\"", "InsertionTime": "2026-01-05T10:00:06+00:00",
                      "NextVisibleTime": "2026-01-05T10:10:18+00:00", "PopReceipt": "\"AgAAAAMAAAAAAAAA8d5gQex+2AE=\"",
                      "sys": {"MethodName": "ScanFeed", "UtcNow": "2026-01-05T10:00:07Z", "RandGuid": "00000000-0000-0000-0000-000000000001"}}}
        """;

    [Fact]
    public void Queue_envelope_as_the_host_sends_it_yields_the_message_text()
    {
        var request = InvocationRequest.Parse("ScanFeed", JsonNode.Parse(HostQueueEnvelope));

        Assert.Equal("""{"feedId":"demo","scanId":"s-1"}""", request.GetString("scan"));
        Assert.Equal(2, request.DequeueCount);
        Assert.Equal("a0004923-f050-417a-9742-6d7c7b984134", request.GetMetadataString("Id"));
    }

    [Fact]
    public void Single_encoded_string_as_in_the_docs_sample_is_accepted()
    {
        var request = InvocationRequest.Parse("ScanFeed", JsonNode.Parse("""{"Data": {"scan": "{\"feedId\":\"demo\"}"}, "Metadata": {"DequeueCount": 1}}"""));

        Assert.Equal("""{"feedId":"demo"}""", request.GetString("scan"));
        Assert.Equal(1, request.DequeueCount);
    }

    [Fact]
    public void Envelope_with_unexpected_fields_and_other_casing_is_accepted()
    {
        var request = InvocationRequest.Parse("ScanFeed", JsonNode.Parse("""
            {"data": {"scan": "\"hello\"", "extra": {"a": [1, 2]}}, "metadata": {"dequeueCount": "3", "Surprise": true}, "Unknown": 42}
            """));

        Assert.Equal("hello", request.GetString("scan"));
        Assert.Equal(3, request.DequeueCount);
    }

    [Fact]
    public void Timer_envelope_reports_IsPastDue()
    {
        var envelope = InvocationEnvelope.ForTimer("PollFeeds", "timer", new TimerInvocation(true, null), DateTimeOffset.UnixEpoch);

        var request = InvocationRequest.Parse("PollFeeds", envelope);

        Assert.True(request.IsPastDue("timer"));
        Assert.Null(envelope["Data"]!["timer"]!["ScheduleStatus"]);
    }

    [Fact]
    public void Standalone_queue_envelope_round_trips_through_the_handler_parser_like_the_host_one()
    {
        var info = new QueueMessageInfo("""{"x":"ä \"quoted\""}""", "id-1", "pop", 4, DateTimeOffset.UnixEpoch, null, null);

        var envelope = InvocationEnvelope.ForQueue("ScanFeed", "scan", info, DateTimeOffset.UnixEpoch);
        var request = InvocationRequest.Parse("ScanFeed", JsonNode.Parse(envelope.ToJsonString()));

        Assert.StartsWith("\"", envelope["Data"]!["scan"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(info.Text, request.GetString("scan"));
        Assert.Equal("4", envelope["Metadata"]!["DequeueCount"]!.GetValue<string>());
        Assert.Equal(4, request.DequeueCount);
    }

    [Fact]
    public void Body_that_is_not_an_object_is_rejected_with_a_reason()
    {
        var ex = Assert.Throws<InvalidInvocationException>(() => InvocationRequest.Parse("ScanFeed", JsonNode.Parse("[1]")));

        Assert.Contains("JSON object", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_binding_is_reported_by_name()
    {
        var request = InvocationRequest.Parse("ScanFeed", JsonNode.Parse("""{"Data": {}, "Metadata": {}}"""));

        var ex = Assert.Throws<InvalidInvocationException>(() => request.GetString("scan"));

        Assert.Contains("Data.scan", ex.Message, StringComparison.Ordinal);
    }
}
