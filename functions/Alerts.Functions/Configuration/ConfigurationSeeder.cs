using System.Text.Json;
using Alerts.Domain.Configuration;
using Alerts.Storage.Configuration;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Configuration;

/// <summary>
/// Loads <c>Alerts:SeedFile</c> at start-up, validates all of it and inserts what storage does not have yet.
/// Any error stops start-up with the file, the key and the fix: bad config must never half-run.
/// </summary>
public sealed partial class ConfigurationSeeder(IOptions<SeedOptions> options, IHostEnvironment environment, ConfigStore store, ILogger<ConfigurationSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.SeedFile)) return;
        var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.SeedFile));
        var config = Load(path);
        var added = await store.SeedAsync(config, cancellationToken);
        Log.Seeded(logger, path, added);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static AlertsConfiguration Load(string path)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"Alerts:SeedFile: '{path}' does not exist.");
        AlertsConfiguration? config;
        try
        {
            config = JsonSerializer.Deserialize(File.ReadAllText(path), FunctionsJsonContext.Default.AlertsConfiguration);
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Alerts:SeedFile: '{path}' is not valid: {ex.Message}", ex);
        }

        if (config is null) throw new InvalidOperationException($"Alerts:SeedFile: '{path}' is empty.");
        config = config with { Channels = config.Channels ?? [], Topics = config.Topics ?? [], Feeds = config.Feeds ?? [] };
        var errors = ConfigurationValidator.Validate(config);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Alerts:SeedFile: '{path}' has {errors.Count} error(s):\n  " + string.Join("\n  ", errors));
        }

        return config;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Seeded configuration from {Path}: {Added} new channels, topics and feeds")]
        public static partial void Seeded(ILogger logger, string path, int added);
    }
}
