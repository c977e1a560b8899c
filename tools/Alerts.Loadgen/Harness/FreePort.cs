using System.Net;
using System.Net.Sockets;

namespace Alerts.Loadgen.Harness;

/// <summary>A loopback port nobody listens on right now (the demo's fixed ports are never used).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
