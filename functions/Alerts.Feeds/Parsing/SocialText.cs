namespace Alerts.Feeds;

/// <summary>Social posts have no title; cards and the scan need one, so it is the start of the text.</summary>
internal static class SocialText
{
    public const int TitleLength = 100;

    public static string TitleFrom(string text)
    {
        if (text.Length <= TitleLength) return text;
        var cut = text.LastIndexOf(' ', TitleLength);
        return text[..(cut > TitleLength / 2 ? cut : TitleLength)] + "…";
    }
}
