namespace Alerts.Teams;

/// <summary>The language of a card or page; it follows the channel the alert goes to.</summary>
public enum CardLanguage
{
    German,
    English,
}
