namespace Alerts.Storage.Configuration;

/// <summary>A stored value with the ETag it was read with (the API returns it as the HTTP ETag for If-Match).</summary>
public sealed record Versioned<T>(T Value, string ETag);
