namespace Alerts.Feeds.Tests.Conformance;

public enum AssertionOutcome
{
    Pass,
    Fail,

    /// <summary>The path is not in our model (counted, not evaluated).</summary>
    Skipped,
}
