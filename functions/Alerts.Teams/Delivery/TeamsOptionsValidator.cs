using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Alerts.Teams;

/// <summary>
/// Checks <see cref="TeamsOptions"/> at startup and reports every broken rule at once, each naming the full key and its value
/// (house style, "Options"; the pattern of dotnet/extensions' HttpStandardResilienceOptionsCustomValidator).
/// </summary>
public sealed class TeamsOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        var key = TeamsOptions.SectionName + ":";
        if (options.Timeout < TimeSpan.FromMilliseconds(100) || options.Timeout > TimeSpan.FromMinutes(2))
        {
            errors.Add($"{key}{nameof(TeamsOptions.Timeout)} must be between 00:00:00.100 and 00:02:00 (was {options.Timeout.ToString("c", CultureInfo.InvariantCulture)}).");
        }

        if (!double.IsFinite(options.PostsPerSecond) || options.PostsPerSecond <= 0 || options.PostsPerSecond > 4)
        {
            errors.Add($"{key}{nameof(TeamsOptions.PostsPerSecond)} must be above 0 and at most 4, the rate Teams throttles at (was {options.PostsPerSecond.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (options.HourlyBudget is < 1 or > 10_000)
        {
            errors.Add($"{key}{nameof(TeamsOptions.HourlyBudget)} must be between 1 and 10000 (was {options.HourlyBudget.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (!options.RequireHttps && environment is not null && !environment.IsDevelopment())
        {
            errors.Add($"{key}{nameof(TeamsOptions.RequireHttps)} may be false only in the Development environment (was false in '{environment.EnvironmentName}').");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
