using System.Globalization;
using System.Text;

namespace Alerts.Cli.Output;

/// <summary>Small formatting shared by the human outputs: UTC times to the minute, numbers in the invariant culture.</summary>
public static class Show
{
    public static string Time(DateTimeOffset? value) =>
        value is { } v ? v.ToUniversalTime().ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture) : "-";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public static string Yes(bool value) => value ? "yes" : "no";

    /// <summary><c>name: value</c> lines with the values aligned, for the <c>show</c> verbs.</summary>
    public static string Fields(params (string Name, string? Value)[] fields)
    {
        var width = fields.Max(f => f.Name.Length) + 2;
        var text = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            text.Append((name + ":").PadRight(width)).Append(string.IsNullOrEmpty(value) ? "-" : value).Append('\n');
        }

        return text.ToString();
    }
}
