using System.Text;

namespace Alerts.Feeds;

/// <summary>Text decoded from a document's bytes, with the encoding chosen and why it was not clean.</summary>
internal sealed record DecodedDocument(string Text, Encoding Encoding, IReadOnlyList<string> Warnings, bool Recovered);
