using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Api.Http;

/// <summary>
/// Reads a request body strictly: JSON content type, at most <see cref="ApiOptions.MaxBodyBytes"/> (checked before
/// and while reading), no unknown members, no wrong types; every failure is a problem that names the JSON path.
/// </summary>
public sealed class JsonBody(IOptions<ApiOptions> options)
{
    public async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request, JsonTypeInfo<T> type, CancellationToken ct)
        where T : class
    {
        var max = options.Value.MaxBodyBytes;
        if (request.ContentType is not { } contentType || !contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, ApiProblems.Status(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON",
                $"Send 'Content-Type: application/json' (got '{ApiProblems.Shorten(request.ContentType ?? "none")}')."));
        }

        if (request.ContentLength > max) return (null, TooLarge(max));
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(8192), ct);
            if (read == 0) break;
            buffer.Advance(read);
            if (buffer.WrittenCount > max) return (null, TooLarge(max));
        }

        if (buffer.WrittenCount == 0) return (null, Malformed("$", "the body is empty; send a JSON object"));
        try
        {
            var value = JsonSerializer.Deserialize(buffer.WrittenSpan, type);
            return value is null ? (null, Malformed("$", "the body is null; send a JSON object")) : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, Malformed(ex.Path ?? "$", Describe(ex)));
        }
    }

    private static IResult TooLarge(int max) => ApiProblems.Status(StatusCodes.Status413PayloadTooLarge, "The body is too large",
        $"Request bodies are limited to {max} bytes ({ApiOptions.Section}:MaxBodyBytes).");

    private static IResult Malformed(string path, string message) =>
        ApiProblems.Validation("The body is not valid JSON for this request", new Dictionary<string, string[]> { [path] = [message] });

    // System.Text.Json's messages name the member and type ("The JSON property 'x' could not be mapped…"), which is
    // what a caller needs; the line/byte position is appended so malformed documents can be located.
    private static string Describe(JsonException ex)
    {
        var message = ex.InnerException is InvalidOperationException or FormatException ? ex.InnerException.Message : ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut > 0) message = message[..cut];
        return ex.LineNumber is { } line ? $"{message} (line {line + 1}, byte {ex.BytePositionInLine + 1})" : message;
    }
}
