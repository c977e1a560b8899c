using Microsoft.Extensions.Options;

namespace Alerts.Feeds;

/// <summary>
/// Validates <see cref="FeedFetchOptions"/> at start-up: the DataAnnotations rules run through the
/// source-generated <see cref="FeedFetchOptionsAnnotations"/>, and every failure is reported with its full
/// configuration key and current value, so the log line says exactly what to fix (house style, "Options").
/// </summary>
public sealed class FeedFetchOptionsValidator : IValidateOptions<FeedFetchOptions>
{
    private readonly FeedFetchOptionsAnnotations _annotations = new();

    public ValidateOptionsResult Validate(string? name, FeedFetchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = _annotations.Validate(name, options);
        if (!result.Failed) return result;
        return ValidateOptionsResult.Fail(result.Failures!.Select(f => Describe(f, options)));
    }

    private static string Describe(string failure, FeedFetchOptions o)
    {
        var member = failure.Split(':', 2)[0].Trim();
        var current = member switch
        {
            nameof(FeedFetchOptions.Timeout) => o.Timeout.ToString(),
            nameof(FeedFetchOptions.MaxResponseBytes) => o.MaxResponseBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            nameof(FeedFetchOptions.MaxRedirects) => o.MaxRedirects.ToString(System.Globalization.CultureInfo.InvariantCulture),
            nameof(FeedFetchOptions.UserAgent) => $"'{o.UserAgent}'",
            _ => "?",
        };
        return $"{FeedFetchOptions.SectionName}:{failure} (current value: {current})";
    }
}
