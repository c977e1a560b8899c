namespace Alerts.Cli.Remote;

/// <summary>A successful answer: status, body text (empty for 204), ETag and Location headers as sent.</summary>
public sealed record ApiResponse(int Status, string Body, string? ETag, Uri? Location);
