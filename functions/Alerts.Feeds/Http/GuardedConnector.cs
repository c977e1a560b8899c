using System.Net;
using System.Net.Sockets;

namespace Alerts.Feeds;

/// <summary>
/// <see cref="SocketsHttpHandler.ConnectCallback"/> that resolves the host itself and connects only to addresses
/// the policy allows. Checking the address actually connected to (not a name checked earlier) is what defeats DNS
/// rebinding (OWASP SSRF Prevention Cheat Sheet, "DNS rebinding").
/// </summary>
internal sealed class GuardedConnector(FeedFetchOptions options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(a => AddressClassifier.IsAllowed(a, options)).ToArray();
        if (allowed.Length == 0)
        {
            var first = addresses.FirstOrDefault();
            throw new ForbiddenAddressException(first is null
                ? $"'{host}' did not resolve to any address"
                : $"'{host}' resolves to {first} ({AddressClassifier.Classify(first)}), which feeds may not fetch");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
