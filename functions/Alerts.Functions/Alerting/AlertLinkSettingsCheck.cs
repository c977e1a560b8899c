namespace Alerts.Functions.Alerting;

/// <summary>
/// The card links need <see cref="AlertCards.PublicBaseUrlSetting"/> and <see cref="AlertCards.SigningKeySetting"/>;
/// checked at start-up so a missing one stops the app naming the setting, instead of failing the first alert at night.
/// </summary>
public sealed class AlertLinkSettingsCheck(AlertCards cards, IConfiguration configuration) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = cards.SigningKey(); // throws naming the setting
        if (!Uri.TryCreate(configuration[AlertCards.PublicBaseUrlSetting], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"app setting '{AlertCards.PublicBaseUrlSetting}' must be the app's absolute public http(s) URL (the card's acknowledge and dashboard links point there)");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
