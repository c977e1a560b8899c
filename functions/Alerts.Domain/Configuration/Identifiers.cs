using System.Text.RegularExpressions;

namespace Alerts.Domain.Configuration;

/// <summary>
/// Ids of topics, feeds and channels become Table keys and URL segments, so they are restricted to
/// lowercase letters, digits and '-' (no '/', '\\', '#', '?' or '..': path traversal and key errors cannot start here).
/// </summary>
public static partial class Identifiers
{
    public const int MaxLength = 64;

    public static bool IsValid(string? id) => id is { Length: > 0 and <= MaxLength } && Pattern().IsMatch(id);

    public static string Describe(string? id) =>
        $"'{id}' is not a valid id: use 1-{MaxLength} lowercase letters, digits or '-', starting with a letter or digit";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex Pattern();
}
