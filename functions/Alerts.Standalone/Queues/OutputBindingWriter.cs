using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alerts.Standalone.Hosting;
using Alerts.Standalone.Metadata;
using Alerts.Storage.Queues;

namespace Alerts.Standalone.Queues;

/// <summary>
/// Writes a successful invocation's <c>Outputs</c> to its queue output bindings with the host's rules
/// (platform-facts A3): an array, or a string holding a JSON array, is one message per element; a string that
/// happens to be valid base64 is decoded first (the host's gotcha, reproduced so standalone runs surface it).
/// </summary>
public sealed class OutputBindingWriter(QueueClientProvider queues, QueueWakeSignals wake, SettingResolver settings, HostSettings host)
{
    public async Task WriteAsync(FunctionMetadata function, JsonObject? response, CancellationToken cancellationToken)
    {
        if (response?["Outputs"] is not JsonObject outputs)
        {
            return;
        }

        foreach (var binding in function.Outputs.Where(b => b.Type.Equals("queue", StringComparison.OrdinalIgnoreCase)))
        {
            if (!outputs.TryGetPropertyValue(binding.Name, out var value) || value is null)
            {
                continue;
            }

            var queueName = settings.Resolve(binding.Get("queueName") ?? "", $"{function.Name}/function.json binding '{binding.Name}'");
            var connection = binding.Get("connection") ?? "AzureWebJobsStorage";
            var client = await queues.GetAsync(connection, queueName, cancellationToken);
            foreach (var message in Messages(value))
            {
                await client.SendMessageAsync(QueueMessageCodec.Encode(message, host.Base64Messages), cancellationToken);
            }

            wake.Wake(queueName);
        }
    }

    public static IEnumerable<string> Messages(JsonNode value)
    {
        if (value is JsonArray array)
        {
            return array.Where(e => e is not null).SelectMany(e => Messages(e!));
        }

        if (value is JsonObject obj)
        {
            return [obj.ToJsonString()];
        }

        var text = value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        if (text.TrimStart().StartsWith('['))
        {
            try
            {
                if (JsonNode.Parse(text) is JsonArray parsed) return Messages(parsed);
            }
            catch (JsonException)
            {
                // Not an array after all: one message.
            }
        }

        return [DecodeIfBase64(text)];
    }

    private static string DecodeIfBase64(string text)
    {
        if (text.Length == 0 || text.Length % 4 != 0) return text;
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) ? Encoding.UTF8.GetString(buffer, 0, written) : text;
    }
}
