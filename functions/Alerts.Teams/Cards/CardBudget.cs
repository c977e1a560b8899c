namespace Alerts.Teams;

/// <summary>
/// How much of each list and text a card may carry. The builder walks <see cref="Ladder"/> from the richest
/// to the leanest budget until the serialized message fits <see cref="AlertCardBuilder.MaxMessageBytes"/>.
/// </summary>
internal sealed record CardBudget(int MaxPosts, int MaxChartPoints, int MaxTableRows, int MaxTitleLength, int MaxNoteLength, bool Emotion)
{
    /// <summary>The last rung has no lists and short texts; with links capped at <see cref="SafeLink.MaxLength"/> it always fits.</summary>
    public static readonly IReadOnlyList<CardBudget> Ladder =
    [
        new(10, 96, 12, 200, 500, true),
        new(8, 48, 12, 200, 500, true),
        new(5, 48, 8, 160, 300, true),
        new(5, 24, 8, 120, 300, true),
        new(3, 24, 6, 100, 200, true),
        new(3, 12, 6, 80, 200, true),
        new(2, 12, 4, 80, 120, true),
        new(1, 8, 4, 60, 120, true),
        new(1, 6, 0, 60, 80, true),
        new(0, 6, 0, 60, 80, true),
        new(0, 0, 0, 60, 80, false),
        new(0, 0, 0, 40, 0, false),
    ];

    public static CardBudget Richest => Ladder[0];

    public static CardBudget Leanest => Ladder[^1];
}
