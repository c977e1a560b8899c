using System.Buffers.Text;
using System.Text;

namespace Alerts.Storage.Queues;

/// <summary>
/// The host's queue <c>messageEncoding</c> (platform-facts B1): base64 by default. One place encodes and
/// decodes, so producers and the standalone listener cannot disagree.
/// </summary>
public static class QueueMessageCodec
{
    public static string Encode(string text, bool base64) =>
        base64 ? Convert.ToBase64String(Encoding.UTF8.GetBytes(text)) : text;

    /// <summary>False when a base64 queue holds a message that is not valid base64: the host poisons it at once.</summary>
    public static bool TryDecode(string raw, bool base64, out string text)
    {
        if (!base64)
        {
            text = raw;
            return true;
        }

        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(raw.Length)];
        if (Convert.TryFromBase64String(raw, bytes, out var written))
        {
            text = Encoding.UTF8.GetString(bytes, 0, written);
            return true;
        }

        text = string.Empty;
        return false;
    }
}
