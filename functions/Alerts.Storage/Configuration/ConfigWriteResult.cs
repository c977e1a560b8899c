namespace Alerts.Storage.Configuration;

public enum ConfigWriteResult
{
    Written,
    NotFound,
    AlreadyExists,
    /// <summary>The If-Match ETag is stale: somebody else changed it first (HTTP 412).</summary>
    Conflict,
}
