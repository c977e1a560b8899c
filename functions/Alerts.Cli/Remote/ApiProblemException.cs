using System.Text.Json;

namespace Alerts.Cli.Remote;

/// <summary>
/// A non-success answer from the app. For <c>application/problem+json</c> its title, detail and field errors;
/// for anything else (a proxy's HTML page) the start of the body as detail.
/// </summary>
public sealed class ApiProblemException : Exception
{
    private const int MaxRawDetail = 300;

    public ApiProblemException(int status, string title, string? detail, IReadOnlyDictionary<string, string[]> errors)
        : base($"{status} {title}")
    {
        Status = status;
        Title = title;
        Detail = detail;
        Errors = errors;
    }

    public int Status { get; }
    public string Title { get; }
    public string? Detail { get; }
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public static ApiProblemException From(int status, string? reason, string? mediaType, string body)
    {
        if (mediaType is "application/problem+json" or "application/json" && TryParse(body) is { } problem)
        {
            return new ApiProblemException(status, problem.Title ?? reason ?? "error", problem.Detail, problem.Errors ?? new Dictionary<string, string[]>());
        }

        var text = body.Trim();
        var detail = text.Length == 0 ? null : text.Length <= MaxRawDetail ? text : text[..MaxRawDetail] + "…";
        return new ApiProblemException(status, reason ?? "error", detail, new Dictionary<string, string[]>());
    }

    private static ProblemBody? TryParse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, CliJsonContext.Default.ProblemBody);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
