using System.Text.Json.Nodes;

namespace Alerts.Functions.Protocol;

/// <summary>
/// What a handler returns: output binding values and log lines. Queue outputs are JSON-object texts, never
/// bare strings, because the host base64-decodes output strings that happen to be valid base64 (platform-facts A3).
/// </summary>
public sealed class InvocationResult
{
    private readonly Dictionary<string, JsonArray> _queueOutputs = new(StringComparer.Ordinal);

    public List<string> Logs { get; } = [];

    public static InvocationResult Empty => new();

    /// <summary>Adds one message for a queue output binding.</summary>
    public InvocationResult Enqueue(string bindingName, JsonObject message)
    {
        if (!_queueOutputs.TryGetValue(bindingName, out var list))
        {
            _queueOutputs[bindingName] = list = [];
        }

        list.Add(message.ToJsonString());
        return this;
    }

    public int CountFor(string bindingName) => _queueOutputs.TryGetValue(bindingName, out var l) ? l.Count : 0;

    public InvocationResult Log(string line)
    {
        Logs.Add(line);
        return this;
    }

    public JsonObject ToResponse()
    {
        var outputs = new JsonObject();
        foreach (var (name, messages) in _queueOutputs)
        {
            outputs[name] = messages.DeepClone();
        }

        return new JsonObject
        {
            ["Outputs"] = outputs,
            ["Logs"] = new JsonArray(Logs.Select(l => (JsonNode)l).ToArray()),
            ["ReturnValue"] = null,
        };
    }
}
