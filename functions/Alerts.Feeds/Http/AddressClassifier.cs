using System.Net;
using System.Net.Sockets;

namespace Alerts.Feeds;

/// <summary>
/// Classifies IP addresses for the SSRF guard. IPv4-mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::/96) and 6to4
/// (2002::/16) addresses are judged by the IPv4 address they carry, so ::ffff:169.254.169.254 is link-local.
/// </summary>
public static class AddressClassifier
{
    public static AddressClass Classify(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return Classify(address.MapToIPv4());
        return address.AddressFamily == AddressFamily.InterNetwork ? ClassifyV4(address.GetAddressBytes()) : ClassifyV6(address);
    }

    public static bool IsAllowed(IPAddress address, FeedFetchOptions options) => Classify(address) switch
    {
        AddressClass.Public => true,
        AddressClass.Loopback => options.AllowLoopback || options.AllowPrivateAddresses,
        AddressClass.Multicast or AddressClass.Unspecified or AddressClass.Reserved => false,
        _ => options.AllowPrivateAddresses,
    };

    private static AddressClass ClassifyV4(byte[] b) => b switch
    {
        [0, 0, 0, 0] => AddressClass.Unspecified,
        [0, ..] => AddressClass.Reserved,
        [127, ..] => AddressClass.Loopback,
        [10, ..] => AddressClass.Private,
        [172, >= 16 and <= 31, ..] => AddressClass.Private,
        [192, 168, ..] => AddressClass.Private,
        [169, 254, ..] => AddressClass.LinkLocal,
        [100, >= 64 and <= 127, ..] => AddressClass.CarrierGradeNat,
        [192, 0, 0, _] => AddressClass.Reserved,
        [198, 18 or 19, ..] => AddressClass.Reserved,
        [>= 224 and <= 239, ..] => AddressClass.Multicast,
        [>= 240, ..] => AddressClass.Reserved,
        _ => AddressClass.Public,
    };

    private static AddressClass ClassifyV6(IPAddress address)
    {
        if (address.Equals(IPAddress.IPv6Any)) return AddressClass.Unspecified;
        if (address.Equals(IPAddress.IPv6Loopback)) return AddressClass.Loopback;
        var b = address.GetAddressBytes();
        if (b[0] == 0xFF) return AddressClass.Multicast;
        if ((b[0] & 0xFE) == 0xFC) return AddressClass.Private;
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return AddressClass.LinkLocal;
        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return AddressClass.Private;
        if (b is [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0, ..]) return Classify(new IPAddress(b[12..16]));
        if (b is [0x20, 0x02, ..]) return Classify(new IPAddress(b[2..6]));
        if (b.Take(12).All(x => x == 0)) return AddressClass.Reserved;
        return AddressClass.Public;
    }
}
