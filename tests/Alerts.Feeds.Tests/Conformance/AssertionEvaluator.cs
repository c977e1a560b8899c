using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Feeds.Tests.Conformance;

/// <summary>
/// Evaluates index.json <c>assertions</c> terms against a parse result. Text terms compare our plain text with
/// the expected value as written or with the expected value reduced to plain text by the same
/// <see cref="HtmlText"/> rules: our model keeps text, not feedparser's sanitised HTML (docs/feeds.md).
/// </summary>
public static class AssertionEvaluator
{
    public static AssertionOutcome Evaluate(JsonNode term, ParsedFeed? feed)
    {
        if (term is JsonObject o && o["any_of"] is JsonArray alternatives)
        {
            var outcomes = alternatives.Select(alt => alt!.AsArray().Select(t => Evaluate(t!, feed)).ToList()).ToList();
            if (outcomes.Any(alt => alt.All(r => r == AssertionOutcome.Pass))) return AssertionOutcome.Pass;
            return outcomes.All(alt => alt.Contains(AssertionOutcome.Skipped)) ? AssertionOutcome.Skipped : AssertionOutcome.Fail;
        }

        var path = (string)term["path"]!;
        var op = (string)term["op"]!;
        var actual = ModelPaths.Resolve(path, feed);
        if (actual == ModelPaths.Unsupported) return AssertionOutcome.Skipped;
        if (actual == ModelPaths.Missing && term.AsObject().TryGetPropertyValue("default", out var fallback)) actual = Plain(fallback);
        var expected = term["value"];
        var ok = op switch
        {
            "==" => AreEqual(actual, expected),
            "!=" => !AreEqual(actual, expected),
            "in" => expected!.AsArray().Any(v => AreEqual(actual, v)),
            "contains" => actual is string s && s.Contains(Text(expected), StringComparison.Ordinal),
            "not contains" => actual is not string s2 || !s2.Contains(Text(expected), StringComparison.Ordinal),
            "truthy" => Truthy(actual),
            "falsy" => !Truthy(actual),
            "absent" => actual == ModelPaths.Missing || actual is null,
            "<" => actual is long l && l < expected!.GetValue<long>() || actual is string s3 && s3.Length < expected!.GetValue<long>(),
            _ => false,
        };
        return ok ? AssertionOutcome.Pass : AssertionOutcome.Fail;
    }

    private static bool AreEqual(object? actual, JsonNode? expected)
    {
        if (actual == ModelPaths.Missing) return expected is null || (expected.GetValueKind() == JsonValueKind.String && (string?)expected == string.Empty);
        switch (actual)
        {
            case null:
                return expected is null;
            case bool b:
                return expected?.GetValueKind() is JsonValueKind.True or JsonValueKind.False && expected.GetValue<bool>() == b;
            case long n:
                return expected?.GetValueKind() == JsonValueKind.Number && expected.GetValue<long>() == n;
            case ModelPaths.EncodingName encoding:
                return expected?.GetValueKind() == JsonValueKind.String && WebName((string)expected!) == encoding.WebName;
            case long[] tuple:
                return expected is JsonArray arr && arr.Count >= 6 && tuple.Select((v, i) => arr[i]!.GetValue<long>() == v).All(x => x);
            case string s:
                if (expected?.GetValueKind() != JsonValueKind.String) return false;
                var e = (string)expected!;
                return s == e || s == HtmlText.ToPlainText(e) || s == HtmlText.CollapseWhitespace(e) || SameUri(s, e);
            default:
                return false;
        }
    }

    private static string? WebName(string name)
    {
        try
        {
            return System.Text.Encoding.GetEncoding(name).WebName;
        }
        catch (ArgumentException)
        {
            return name;
        }
    }

    private static bool SameUri(string actual, string expected) =>
        Uri.TryCreate(expected, UriKind.Absolute, out var u) && u.AbsoluteUri == actual;

    private static bool Truthy(object? actual) => actual switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        long n => n != 0,
        _ => actual != ModelPaths.Missing,
    };

    private static string Text(JsonNode? node) => node?.GetValueKind() == JsonValueKind.String ? (string)node! : node?.ToJsonString() ?? string.Empty;

    private static object? Plain(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => null,
        JsonValueKind.String => (string)node!,
        JsonValueKind.Number => (long)node!.GetValue<double>(),
        _ => ModelPaths.Missing,
    };
}
