using Alerts.Alerting;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Alerting;

/// <summary>
/// <see cref="AlertPolicy"/> bound from <c>Alerts:Lifecycle</c> and checked at start-up: each broken rule is reported
/// with the setting that holds it (<c>Alerts:Lifecycle:RepeatInterval</c>), so start-up fails naming the key.
/// </summary>
public sealed class AlertPolicyValidation : IValidateOptions<AlertPolicy>
{
    public const string Section = "Alerts:Lifecycle";

    public ValidateOptionsResult Validate(string? name, AlertPolicy options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate();
        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(errors.Select(e => e.Replace("AlertPolicy.", Section + ":", StringComparison.Ordinal)));
    }
}
