namespace Alerts.Detection;

/// <summary>
/// The last few buckets' observed and expected counts, so a burst spread over several buckets (none alarming on its
/// own) is tested as one: 15 minutes at five times the usual rate is as telling as one bucket at fifteen.
/// </summary>
internal struct RecentWindow
{
    public const int Length = 3;

    private float _observed1;
    private float _observed2;
    private float _expected1;
    private float _expected2;

    public readonly (double Observed, double Expected) With(double observed, double expected) =>
        (observed + _observed1 + _observed2, expected + _expected1 + _expected2);

    public void Push(double observed, double expected)
    {
        _observed2 = _observed1;
        _expected2 = _expected1;
        _observed1 = (float)observed;
        _expected1 = (float)expected;
    }

    public void Clear() => this = default;

    public readonly void Write(ref StateWriter writer)
    {
        writer.Float(_observed1);
        writer.Float(_observed2);
        writer.Float(_expected1);
        writer.Float(_expected2);
    }

    public void Read(ref StateReader reader)
    {
        _observed1 = reader.Float();
        _observed2 = reader.Float();
        _expected1 = reader.Float();
        _expected2 = reader.Float();
    }
}
