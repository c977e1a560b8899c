namespace Alerts.Feeds;

/// <summary>
/// Zone names seen in RSS <c>pubDate</c>: RFC 822 §5.1 (UT, GMT, EST…), single-letter-less US short forms
/// (AT/ET/CT/MT/PT as standard time) and the European names feedparser accepts (MET/MEST, CET/CEST, BST).
/// </summary>
internal static class RfcZones
{
    private static readonly Dictionary<string, int> s_hours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0,
        ["AST"] = -4, ["ADT"] = -3, ["AT"] = -4,
        ["EST"] = -5, ["EDT"] = -4, ["ET"] = -5,
        ["CST"] = -6, ["CDT"] = -5, ["CT"] = -6,
        ["MST"] = -7, ["MDT"] = -6, ["MT"] = -7,
        ["PST"] = -8, ["PDT"] = -7, ["PT"] = -8,
        ["MET"] = 1, ["MEST"] = 2, ["CET"] = 1, ["CEST"] = 2, ["BST"] = 1,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_hoursByName = s_hours.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The zone's offset from UTC in hours; false for a name not in the table.</summary>
    public static bool TryGetHours(ReadOnlySpan<char> name, out int hours) => s_hoursByName.TryGetValue(name, out hours);
}
