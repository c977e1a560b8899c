using System.Text;
using System.Xml.Linq;

namespace Alerts.Feeds;

/// <summary>
/// Atom text constructs to plain text: <c>type</c> text/html/xhtml (RFC 4287 §3.1), other media types
/// (§4.1.3.3: XML inline, text/* as text, anything else base64), and Atom 0.3's <c>mode</c> escaped/xml/base64.
/// </summary>
internal static class AtomText
{
    public static string? Read(XElement? element, ICollection<string> warnings)
    {
        if (element is null) return null;
        var type = ((string?)element.Attribute("type"))?.Trim().ToLowerInvariant() ?? "text";
        var mode = ((string?)element.Attribute("mode"))?.Trim().ToLowerInvariant();
        var raw = element.Value;
        if (mode == "base64" || IsBase64Type(type))
        {
            try
            {
                raw = Encoding.UTF8.GetString(Convert.FromBase64String(raw.Trim()));
            }
            catch (FormatException)
            {
                warnings.Add($"<{element.Name.LocalName}> is not valid base64; kept as is");
            }

            return type.Contains("html", StringComparison.Ordinal) ? HtmlText.ToPlainText(raw) : HtmlText.CollapseWhitespace(raw);
        }

        if (element.HasElements)
        {
            // Inline XHTML (or Atom 0.3 mode="xml"): serialise the markup and strip it like HTML.
            var div = element.Elements().Count() == 1 && element.Elements().First() is { } only && only.Name == Ns.Xhtml + "div" ? only : element;
            var markup = string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return HtmlText.ToPlainText(markup);
        }

        var isHtml = type is "html" or "text/html" || type.EndsWith("xhtml", StringComparison.Ordinal) || (mode == "escaped" && type.Contains("html", StringComparison.Ordinal));
        return isHtml ? HtmlText.ToPlainText(raw) : HtmlText.CollapseWhitespace(raw);
    }

    private static bool IsBase64Type(string type) =>
        type.Contains('/', StringComparison.Ordinal) && !type.StartsWith("text/", StringComparison.Ordinal)
        && !type.EndsWith("xml", StringComparison.Ordinal);
}
