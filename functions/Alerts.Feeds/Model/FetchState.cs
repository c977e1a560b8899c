namespace Alerts.Feeds;

/// <summary>Validators from the last 200 response, sent back as If-None-Match / If-Modified-Since (RFC 9110 §13.1).</summary>
public sealed record FetchState(string? ETag, DateTimeOffset? LastModified);
