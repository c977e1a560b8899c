using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Alerts.Standalone.Hosting;

/// <summary>Expands <c>%AppSetting%</c> in binding properties as the host's name resolver does; a missing setting fails with its name.</summary>
public sealed partial class SettingResolver(IConfiguration configuration)
{
    public string Resolve(string value, string whereForErrors) =>
        Placeholder().Replace(value, m => configuration[m.Groups[1].Value] is { Length: > 0 } v
            ? v
            : throw new InvalidOperationException($"{whereForErrors} refers to setting '{m.Groups[1].Value}', which is not set."));

    [GeneratedRegex("%([^%]+)%")]
    private static partial Regex Placeholder();
}
