namespace Alerts.Detection;

/// <summary>
/// Folds consecutive spiking buckets into one episode: it starts on the first spike, continues through spikes and
/// short lulls, and ends after <c>cooldown</c> quiet buckets in a row. One episode is one notification.
/// </summary>
internal struct Episode
{
    public bool Active;
    public long OnsetTicks;
    public int QuietBuckets;

    public EpisodeStep Advance(bool spike, long onsetTicks, int cooldown)
    {
        if (spike)
        {
            QuietBuckets = 0;
            if (Active) return EpisodeStep.Continues;
            Active = true;
            OnsetTicks = onsetTicks;
            return EpisodeStep.Started;
        }

        if (!Active) return EpisodeStep.None;
        if (++QuietBuckets < cooldown) return EpisodeStep.Continues;
        Active = false;
        QuietBuckets = 0;
        return EpisodeStep.Ended;
    }

    /// <summary>A clock jump closes whatever was open: the buckets that would continue it are unknown.</summary>
    public EpisodeStep Break()
    {
        if (!Active) return EpisodeStep.None;
        Active = false;
        QuietBuckets = 0;
        return EpisodeStep.Ended;
    }

    public readonly void Write(ref StateWriter writer)
    {
        writer.Bool(Active);
        writer.Long(OnsetTicks);
        writer.Int(QuietBuckets);
    }

    public void Read(ref StateReader reader)
    {
        Active = reader.Bool();
        OnsetTicks = reader.Long();
        QuietBuckets = reader.Int();
    }
}
