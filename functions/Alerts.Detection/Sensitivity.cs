namespace Alerts.Detection;

/// <summary>
/// How readily a topic alerts. Each preset stands for an expected false-alarm rate on a series that behaves
/// as the baseline says (see <see cref="SensitivityPreset"/> and docs/detection.md).
/// </summary>
public enum Sensitivity : byte
{
    Low,
    Medium,
    High,
}
