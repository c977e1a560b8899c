namespace Alerts.Detection;

/// <summary>
/// What each <see cref="Sensitivity"/> means. The false-alarm rate is the budget the tail test spends: the per-bucket
/// tail probability is rate × bucket length ÷ one week, so the promise holds whatever the bucket length. The count and
/// lift floors then remove alerts that are statistically clear but too small to be worth waking anyone for.
/// </summary>
/// <param name="FalseAlarmsPerWeek">Expected alerts per week per signal on a series that follows its baseline.</param>
/// <param name="MinCount">Minimum mentions in the bucket for a volume spike.</param>
/// <param name="MinLift">Minimum observed ÷ expected.</param>
/// <param name="MinEmotionCount">Minimum negative/positive mentions for an emotion spike.</param>
public readonly record struct SensitivityPreset(double FalseAlarmsPerWeek, int MinCount, double MinLift, int MinEmotionCount)
{
    public static SensitivityPreset For(Sensitivity sensitivity) => sensitivity switch
    {
        Sensitivity.Low => new(0.05, 10, 3.0, 8),
        Sensitivity.High => new(1.0, 5, 1.5, 3),
        _ => new(0.25, 8, 2.0, 5),
    };
}
