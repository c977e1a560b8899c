namespace Alerts.Teams;

/// <summary>
/// Config-time check of a channel's webhook URL. Error messages never repeat the URL (it carries its secret in <c>sig=</c>).
/// </summary>
public static class WebhookUrlValidator
{
    /// <summary>
    /// <paramref name="requireHttps"/> true (outside Development): only https Workflows hosts. False: any absolute http(s) URL (a local receiver).
    /// Office 365 connector URLs are refused either way.
    /// </summary>
    public static bool IsValid(string? url, bool requireHttps, out string? error)
    {
        error = Check(url, requireHttps);
        return error is null;
    }

    private static string? Check(string? url, bool requireHttps)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return "The webhook URL is empty.";
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "The webhook URL is not an absolute http(s) URL.";
        }

        var host = uri.IdnHost.ToLowerInvariant();

        // Office 365 connectors (Incoming Webhook) are retired; such URLs stop working (platform-facts C1).
        if (host == "webhook.office.com" || host.EndsWith(".webhook.office.com", StringComparison.Ordinal) || host == "outlook.office.com")
        {
            return $"The webhook URL points to an Office 365 connector ({host}); those connectors are retired. Create a Teams Workflows webhook (\"When a Teams webhook request is received\") and use its URL.";
        }

        if (!requireHttps)
        {
            return null;
        }

        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"The webhook URL for {host} is not https; plain http is allowed only in Development.";
        }

        // Both Workflows URL shapes (platform-facts C2, "URL shapes").
        var workflowsHost = host.EndsWith(".logic.azure.com", StringComparison.Ordinal)
            || host.EndsWith(".environment.api.powerplatform.com", StringComparison.Ordinal);
        return workflowsHost
            ? null
            : $"The webhook host {host} is not a Teams Workflows host (*.logic.azure.com or *.environment.api.powerplatform.com).";
    }
}
