using Alerts.Standalone.Hosting;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Api.Http;

/// <summary>Standalone, the app is the only key check there is: refuse to start without an admin key.</summary>
public sealed class ApiOptionsValidator(IConfiguration configuration) : IValidateOptions<ApiOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        if (!StandaloneServiceCollectionExtensions.IsUnderFunctionsHost(configuration) && string.IsNullOrEmpty(options.AdminKey))
        {
            return ValidateOptionsResult.Fail(
                $"{ApiOptions.Section}:AdminKey is required when the app runs without the Functions host: set a random key of at least 16 characters (scripts/run-local.sh generates one)");
        }

        foreach (var (setting, key) in new[] { ("AdminKey", options.AdminKey), ("ReadKey", options.ReadKey) })
        {
            if (key is { Length: > 0 and < ApiOptions.MinKeyLength })
            {
                return ValidateOptionsResult.Fail($"{ApiOptions.Section}:{setting} is {key.Length} characters; use at least {ApiOptions.MinKeyLength} random characters");
            }
        }

        if (!string.IsNullOrEmpty(options.ReadKey) && string.IsNullOrEmpty(options.AdminKey))
        {
            return ValidateOptionsResult.Fail($"{ApiOptions.Section}:ReadKey is set but {ApiOptions.Section}:AdminKey is not: with a read key the app checks keys itself, so nothing could be changed");
        }

        if (options.ReadKey is { Length: > 0 } read && string.Equals(read, options.AdminKey, StringComparison.Ordinal))
        {
            return ValidateOptionsResult.Fail($"{ApiOptions.Section}:ReadKey must differ from {ApiOptions.Section}:AdminKey");
        }

        return ValidateOptionsResult.Success;
    }
}
