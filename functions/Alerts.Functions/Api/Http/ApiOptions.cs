using System.ComponentModel.DataAnnotations;

namespace Alerts.Functions.Api.Http;

/// <summary>
/// <c>Alerts:Api</c>: the keys the app checks itself and the limits of its HTTP doors. Under the Functions host the
/// host checks function keys first (authLevel <c>function</c>); standalone, nobody else does, so the admin key is required.
/// </summary>
public sealed class ApiOptions
{
    public const string Section = "Alerts:Api";
    public const int MinKeyLength = 16;

    /// <summary>Allows GET requests (dashboard viewers, monitoring). Optional.</summary>
    public string? ReadKey { get; set; }

    /// <summary>Allows everything: configuration writes, alert actions, scans.</summary>
    public string? AdminKey { get; set; }

    /// <summary>Largest accepted request body; larger ones get 413 before they are read.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Manual scans of at most this many feeds answer with their result; larger ones answer 202 and run on the queue.</summary>
    [Range(0, 1000)]
    public int SyncScanMaxFeeds { get; set; } = 3;
}
