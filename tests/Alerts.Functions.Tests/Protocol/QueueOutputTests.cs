using System.Text.Json.Nodes;
using Alerts.Functions.Protocol;
using Alerts.Standalone.Queues;

namespace Alerts.Functions.Tests.Protocol;

public sealed class QueueOutputTests
{
    [Fact]
    public void Handler_queue_outputs_are_json_object_texts_one_message_each()
    {
        var result = new InvocationResult()
            .Enqueue("scans", new JsonObject { ["feedId"] = "a" })
            .Enqueue("scans", new JsonObject { ["feedId"] = "b" });

        var messages = OutputBindingWriter.Messages(result.ToResponse()["Outputs"]!["scans"]!).ToList();

        Assert.Equal(["""{"feedId":"a"}""", """{"feedId":"b"}"""], messages);
    }

    [Fact]
    public void String_holding_a_json_array_becomes_one_message_per_element_as_in_the_host()
    {
        var messages = OutputBindingWriter.Messages(JsonValue.Create("""[{"a":1},{"b":2}]""")!).ToList();

        Assert.Equal(2, messages.Count);
    }

    [Fact]
    public void Plain_string_that_is_valid_base64_is_decoded_as_the_host_does()
    {
        // The host's gotcha (platform-facts A3): "test" is valid base64 and is written as its decoded bytes.
        var messages = OutputBindingWriter.Messages(JsonValue.Create("aGVsbG8=")!).ToList();

        Assert.Equal(["hello"], messages);
    }
}
