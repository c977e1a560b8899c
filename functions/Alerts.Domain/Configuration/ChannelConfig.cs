namespace Alerts.Domain.Configuration;

/// <summary>
/// A Teams channel. The webhook URL is a secret and never lives here: it is read from the setting
/// <c>TeamsWebhook__{Id}</c> (a Key Vault reference in Azure).
/// </summary>
public sealed record ChannelConfig(string Id, string Name, string Language = "de");
