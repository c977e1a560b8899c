namespace Alerts.Feeds;

/// <summary>What an IP address is, for the SSRF guard (RFC 6890 special-purpose registries).</summary>
public enum AddressClass
{
    Public,
    Loopback,
    Private,
    LinkLocal,
    Unspecified,
    Multicast,
    CarrierGradeNat,

    /// <summary>Other special-purpose ranges (0/8, 192.0.0/24, benchmarking 198.18/15, 240/4, broadcast).</summary>
    Reserved,
}
