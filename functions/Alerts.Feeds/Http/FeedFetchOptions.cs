using System.ComponentModel.DataAnnotations;

namespace Alerts.Feeds;

/// <summary>Configuration section <c>Alerts:Feeds</c>; validated at start-up (<see cref="FeedFetchOptionsValidator"/>).</summary>
public sealed class FeedFetchOptions
{
    public const string SectionName = "Alerts:Feeds";

    /// <summary>Total time for one fetch: every redirect hop, the headers and the whole body.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Largest body accepted, counted while streaming (after decompression).</summary>
    [Range(1024L, 100L * 1024 * 1024)]
    public long MaxResponseBytes { get; set; } = 5L * 1024 * 1024;

    [Range(0, 10)]
    public int MaxRedirects { get; set; } = 3;

    /// <summary>Allows loopback, private, link-local and CGNAT addresses. Only for local development.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>Allows 127.0.0.0/8 and ::1 only (a feed server on the developer's machine, loopback tests).</summary>
    public bool AllowLoopback { get; set; }

    [Required]
    [MinLength(1)]
    public string UserAgent { get; set; } = "Alerts/1.0 (+https://github.com/alerts; feed reader)";
}
