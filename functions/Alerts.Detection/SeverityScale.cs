namespace Alerts.Detection;

/// <summary>
/// Severity from how far past the alert bar a spike is: <c>strength</c> is the surprise (−log10 tail probability)
/// divided by the sensitivity's threshold surprise, and lift is observed ÷ expected.
/// </summary>
public static class SeverityScale
{
    public const string None = "none";
    public const string Minor = "minor";
    public const string Major = "major";
    public const string Critical = "critical";

    public static string For(bool isSpike, double strength, double lift)
    {
        if (!isSpike) return None;
        if (strength >= 3 && lift >= 10) return Critical;
        if (strength >= 1.5 && lift >= 3) return Major;
        return Minor;
    }
}
