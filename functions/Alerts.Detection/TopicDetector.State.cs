namespace Alerts.Detection;

/// <summary>
/// Versioned binary state. Version 1 layout: version byte, bucket length (ticks, checked on load so a state is never
/// read with a different bucket grid), last bucket, buckets seen, the baselines, episodes and the silent run.
/// </summary>
public sealed partial class TopicDetector
{
    /// <summary>The layout version; bump it and keep a reader for the old one when the layout changes.</summary>
    public const byte StateVersion = 1;

    /// <summary>Upper bound of <see cref="SaveState"/>'s length.</summary>
    public const int MaxStateBytes = 4096;

    public byte[] SaveState()
    {
        Span<byte> buffer = stackalloc byte[MaxStateBytes];
        var writer = new StateWriter(buffer);
        writer.Byte(StateVersion);
        writer.Long(_limits.BucketTicks);
        writer.Bool(_hasLast);
        writer.Long(_lastTicks);
        writer.UInt(_bucketsSeen);
        writer.Long(_volumeRiseTicks);
        _volume.Write(ref writer);
        _negative.Write(ref writer);
        _positive.Write(ref writer);
        _volumeWindow.Write(ref writer);
        _volumeTail.Write(ref writer);
        _volumeRearm.Write(ref writer);
        _negativeTail.Write(ref writer);
        _positiveTail.Write(ref writer);
        _volumeEpisode.Write(ref writer);
        _negativeEpisode.Write(ref writer);
        _positiveEpisode.Write(ref writer);
        _silenceEpisode.Write(ref writer);
        _silence.Write(ref writer);
        return buffer[..writer.Position].ToArray();
    }

    /// <summary>Restores a detector saved by <see cref="SaveState"/>. An unknown version or a truncated state throws.</summary>
    public static TopicDetector Load(DetectorSettings settings, ReadOnlySpan<byte> state)
    {
        var detector = new TopicDetector(settings);
        var reader = new StateReader(state);
        var version = reader.Byte();
        if (version != StateVersion)
        {
            throw new FormatException($"Detector state version {version} is not supported (expected {StateVersion}).");
        }

        var bucketTicks = reader.Long();
        if (bucketTicks != detector._limits.BucketTicks)
        {
            throw new FormatException($"Detector state was saved with bucket length {TimeSpan.FromTicks(bucketTicks)}, settings say {settings.BucketLength}.");
        }

        detector._hasLast = reader.Bool();
        detector._lastTicks = reader.Long();
        detector._bucketsSeen = reader.UInt();
        detector._volumeRiseTicks = reader.Long();
        detector._volume.Read(ref reader);
        detector._negative.Read(ref reader);
        detector._positive.Read(ref reader);
        detector._volumeWindow.Read(ref reader);
        detector._volumeTail.Read(ref reader);
        detector._volumeRearm.Read(ref reader);
        detector._negativeTail.Read(ref reader);
        detector._positiveTail.Read(ref reader);
        detector._volumeEpisode.Read(ref reader);
        detector._negativeEpisode.Read(ref reader);
        detector._positiveEpisode.Read(ref reader);
        detector._silenceEpisode.Read(ref reader);
        detector._silence.Read(ref reader);
        return detector;
    }
}
