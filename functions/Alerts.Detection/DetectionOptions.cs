using System.ComponentModel.DataAnnotations;

namespace Alerts.Detection;

/// <summary>Section <c>Alerts:Detection</c>: app-wide detector settings (per-topic ones live on the topic).</summary>
public sealed class DetectionOptions
{
    public const string Section = "Alerts:Detection";

    /// <summary>
    /// History a topic's detector needs before it may alert (see <see cref="DetectorSettings.WarmUp"/>). One day in
    /// production; the README demo uses minutes so a newcomer sees a card soon after starting the app.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00", ErrorMessage = "Alerts:Detection:WarmUp must be between 0 and 30 days.")]
    public TimeSpan WarmUp { get; set; } = TimeSpan.FromDays(1);
}
