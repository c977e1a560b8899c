using System.Globalization;

namespace Alerts.Cli;

/// <summary>
/// <c>--name value</c> options and bare flags, parsed once. Unknown options are an error the caller reports,
/// so a typo never silently runs with defaults.
/// </summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public CliArguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (!a.StartsWith("--", StringComparison.Ordinal))
            {
                Positional.Add(a);
                continue;
            }

            var eq = a.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                _options[a[2..eq]] = a[(eq + 1)..];
            }
            else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                _options[a[2..]] = list[++i];
            }
            else
            {
                _options[a[2..]] = null;
            }
        }
    }

    public List<string> Positional { get; } = [];

    public string? Get(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var v) ? v : null;
    }

    public bool Has(string name)
    {
        _read.Add(name);
        return _options.ContainsKey(name);
    }

    public string Require(string name) =>
        Get(name) ?? throw new CliUsageException($"missing required option --{name}");

    public double GetDouble(string name, double fallback)
    {
        var raw = Get(name);
        if (raw is null) return fallback;
        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new CliUsageException($"--{name} must be a number, got '{raw}'");
    }

    /// <summary>Options given but never asked for: the command reports them as unknown.</summary>
    public IEnumerable<string> Unread() => _options.Keys.Where(k => !_read.Contains(k));

    /// <summary>Call after reading every option: any option never asked for, or any bare argument, is a usage error.</summary>
    public void RejectUnknown()
    {
        var unknown = Unread().Select(u => "--" + u).Concat(Positional).ToList();
        if (unknown.Count > 0) throw new CliUsageException($"unknown argument(s): {string.Join(' ', unknown)}");
    }
}
