using System.ComponentModel.DataAnnotations;

namespace Alerts.Standalone.Hosting;

/// <summary>Settings of the app's own trigger runtime (section <c>Alerts:Standalone</c>).</summary>
public sealed class StandaloneOptions
{
    public const string Section = "Alerts:Standalone";

    /// <summary>Names the timer locks and status blobs; apps sharing a storage account need distinct ids, as with the host.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]{0,31}$", ErrorMessage = "Alerts:Standalone:HostId must be 1-32 lowercase letters, digits or '-'.")]
    public string HostId { get; set; } = "alerts-local";

    /// <summary>The folder with host.json and the function folders; defaults to the app's content root.</summary>
    public string? AppRoot { get; set; }

    /// <summary><see cref="AppRoot"/> when set, else the app's content root.</summary>
    public string AppRootOr(string contentRoot) => string.IsNullOrWhiteSpace(AppRoot) ? contentRoot : AppRoot;

    /// <summary>How long a timer lock is held before it must be renewed (the host uses 15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:15", "00:01:00", ErrorMessage = "Alerts:Standalone:LeaseDuration must be 15-60 seconds.")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The storage connection for timer locks and status (the host's AzureWebJobsStorage).</summary>
    [Required]
    public string HostStorageConnection { get; set; } = "AzureWebJobsStorage";
}
