using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Cli.Commands.Config;

/// <summary>
/// The members an add or update sets: a JSON file's (<c>--file</c>) first, then the options on top, so
/// <c>--file brand.json --enabled false</c> means "the file, but disabled". Validation is the app's job (one set of
/// rules, with messages that name the field); here only the options' types are checked.
/// </summary>
public static class ConfigBody
{
    public static JsonObject Read(CliArguments args, ConfigKind kind)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(kind);
        var body = args.Get("file") is { } path ? ReadFile(path) : [];
        kind.ReadOptions(args, body);
        return body;
    }

    /// <summary>Sets <paramref name="member"/> from <c>--option</c> if given; an empty value means "none" (null) when <paramref name="emptyIsNull"/>.</summary>
    public static void SetString(CliArguments args, JsonObject body, string option, string member, bool emptyIsNull = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(body);
        if (args.Get(option) is not { } value) return;
        body[member] = emptyIsNull && (value.Length == 0 || value == "none") ? null : value;
    }

    public static void SetBool(CliArguments args, JsonObject body, string option, string member)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(body);
        if (args.GetBool(option) is { } value) body[member] = value;
    }

    private static JsonObject ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"--file {path}: {ex.Message}");
        }

        try
        {
            return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) as JsonObject
                ?? throw new CliUsageException($"--file {path}: expected one JSON object");
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"--file {path}: not valid JSON: {ex.Message}");
        }
    }
}
