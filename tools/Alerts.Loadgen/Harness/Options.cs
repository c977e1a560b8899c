namespace Alerts.Loadgen.Harness;

/// <summary><c>--name value</c> and <c>--flag</c> arguments; an unknown or malformed one is an error, not ignored.</summary>
public sealed class Options
{
    private static readonly HashSet<string> _flags = ["quick"];
    private static readonly HashSet<string> _valued = ["work", "runs", "bucket", "settle", "poll", "feed-interval", "evaluate", "minutes", "sample-seconds"];
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Options Parse(IEnumerable<string> args)
    {
        var options = new Options();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var name = e.Current.StartsWith("--", StringComparison.Ordinal) ? e.Current[2..] : throw new FormatException($"unexpected argument '{e.Current}'");
            if (_flags.Contains(name)) options._values[name] = "true";
            else if (_valued.Contains(name) && e.MoveNext()) options._values[name] = e.Current;
            else throw new FormatException($"unknown option or missing value: --{name}");
        }

        return options;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string Get(string name, string fallback) => _values.GetValueOrDefault(name, fallback);
}
