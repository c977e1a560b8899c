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

    public CliArguments(IEnumerable<string> args, CliEnvironment? environment = null)
    {
        Environment = environment ?? CliEnvironment.Process;
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

    /// <summary>The clock and environment variables of this run.</summary>
    public CliEnvironment Environment { get; }

    /// <summary>An option's value, or null when absent; given without a value (<c>--feed</c> alone) is a usage error, never "absent".</summary>
    public string? Get(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var v)) return null;
        return v ?? throw new CliUsageException($"--{name} needs a value");
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

    public int? GetInt(string name)
    {
        var raw = Get(name);
        if (raw is null) return null;
        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new CliUsageException($"--{name} must be a whole number, got '{raw}'");
    }

    /// <summary><c>--name</c> alone or <c>--name true|false</c>; null when absent.</summary>
    public bool? GetBool(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var raw)) return null;
        return raw?.ToUpperInvariant() switch
        {
            null or "TRUE" or "YES" => true,
            "FALSE" or "NO" => false,
            _ => throw new CliUsageException($"--{name} must be true or false, got '{raw}'"),
        };
    }

    /// <summary>
    /// A switch such as <c>--json</c>. The parser cannot know it takes no value, so a word it swallowed
    /// (<c>--json brand</c>) is given back as a positional argument.
    /// </summary>
    public bool Flag(string name)
    {
        _read.Add(name);
        if (!_options.TryGetValue(name, out var value)) return false;
        if (value is not null) Positional.Add(value);
        return true;
    }

    /// <summary>A duration such as <c>90</c> (seconds), <c>90s</c>, <c>5m</c> or <c>2h</c>.</summary>
    public TimeSpan? GetDuration(string name)
    {
        var raw = Get(name);
        if (raw is null) return null;
        return Durations.TryParse(raw, out var value)
            ? value
            : throw new CliUsageException($"--{name} must be a duration such as 90s, 5m or 2h, got '{raw}'");
    }

    /// <summary>A point in time in ISO-8601 (<c>2026-11-23T08:00:00Z</c>); a time without offset is UTC.</summary>
    public DateTimeOffset? GetTime(string name)
    {
        var raw = Get(name);
        if (raw is null) return null;
        return DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? value.ToUniversalTime()
            : throw new CliUsageException($"--{name} must be an ISO-8601 time such as 2026-11-23T08:00:00Z, got '{raw}'");
    }

    /// <summary>Takes the next bare argument, e.g. the id in <c>alerts topics show brand</c>.</summary>
    public string TakePositional(string what)
    {
        if (Positional.Count == 0) throw new CliUsageException($"missing <{what}>");
        var value = Positional[0];
        Positional.RemoveAt(0);
        return value;
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
