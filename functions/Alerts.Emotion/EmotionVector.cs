using System.Runtime.CompilerServices;

namespace Alerts.Emotion;

/// <summary>Eight floats inline, one per <see cref="EmotionCategory"/>, so a reading needs no array.</summary>
[InlineArray(Count)]
internal struct EmotionVector
{
    public const int Count = 8;

    private float _element0;
}
