namespace Alerts.Domain.Topics;

/// <summary>Which tokens an exact or prefix term accepts: any text token, hashtags only, or handles only.</summary>
internal enum AtomSlot
{
    Any = 0,
    Hashtag = 1,
    Handle = 2,
}
