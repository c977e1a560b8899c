using System.Globalization;

namespace Alerts.Cli;

/// <summary>Durations as people type them on a command line: <c>90</c> (seconds), <c>90s</c>, <c>5m</c>, <c>2h</c>.</summary>
public static class Durations
{
    public static bool TryParse(string text, out TimeSpan value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = default;
        var (number, unit) = text.Length > 0 && char.IsLetter(text[^1]) ? (text[..^1], char.ToLowerInvariant(text[^1])) : (text, 's');
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return false;
        TimeSpan? parsed = unit switch
        {
            's' => TimeSpan.FromSeconds(amount),
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            _ => null,
        };
        if (parsed is not { } result || result <= TimeSpan.Zero) return false;
        value = result;
        return true;
    }

    /// <summary>The shortest readable form: <c>45s</c>, <c>2m</c>, <c>1h30m</c>.</summary>
    public static string Format(TimeSpan value) =>
        value.TotalSeconds < 60 ? string.Create(CultureInfo.InvariantCulture, $"{value.TotalSeconds:0.#}s")
        : value.TotalMinutes < 60 ? string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalMinutes}m{(value.Seconds > 0 ? $"{value.Seconds}s" : "")}")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)value.TotalHours}h{(value.Minutes > 0 ? $"{value.Minutes}m" : "")}");
}
