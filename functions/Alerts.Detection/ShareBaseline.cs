namespace Alerts.Detection;

/// <summary>
/// The topic's usual share of negative (or positive) mentions, as a ratio of two exponential averages so that
/// sparse buckets weigh by their size, plus the beta-binomial over-dispersion ρ of that share.
/// </summary>
internal sealed class ShareBaseline
{
    private const double PriorShare = 0.15;
    private const double PriorMentions = 20;

    private readonly int _memory;
    private readonly int _bucketsPerDay;
    private float _labelled;
    private float _mentions;
    private float _rho = 0.01f;

    public ShareBaseline(int bucketsPerHour)
    {
        _bucketsPerDay = 24 * bucketsPerHour;
        _memory = 7 * _bucketsPerDay;
    }

    public double Rho => _rho;

    /// <summary>Share with a weak prior, so a young topic with three mentions has no 100 % "usual" share.</summary>
    public double Share => (_labelled + (PriorShare * PriorMentions)) / (_mentions + PriorMentions);

    public void Update(int mentions, int labelled, bool inEpisode)
    {
        if (mentions <= 0) return;
        var share = Share;
        var expected = mentions * share;
        var sd = Math.Sqrt(Math.Max(1, expected * (1 - share) * (1 + ((mentions - 1) * _rho))));
        var clip = inEpisode ? 1.0 : 3.0;
        var k = Math.Clamp(labelled, Math.Max(0, expected - (clip * sd)), expected + (clip * sd));

        // Decayed sums (memory of about a week of buckets): effective counts, so the prior weighs as 20 mentions.
        var keep = 1 - (1.0 / _memory);
        _labelled = (float)((_labelled * keep) + k);
        _mentions = (float)((_mentions * keep) + mentions);

        if (mentions >= 2)
        {
            var residual = k - expected;
            var binomialVariance = mentions * share * (1 - share);
            var sample = ((residual * residual / binomialVariance) - 1) / (mentions - 1);
            _rho = (float)Math.Clamp(_rho + ((sample - _rho) / (double)_bucketsPerDay), 0.0, 0.5);
        }
    }

    public void Write(ref StateWriter writer)
    {
        writer.Float(_labelled);
        writer.Float(_mentions);
        writer.Float(_rho);
    }

    public void Read(ref StateReader reader)
    {
        _labelled = reader.Float();
        _mentions = reader.Float();
        _rho = reader.Float();
    }
}
