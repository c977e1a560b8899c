using System.Net;

namespace Alerts.Feeds.Tests.Http;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("127.0.0.1", AddressClass.Loopback)]
    [InlineData("127.8.9.10", AddressClass.Loopback)]
    [InlineData("::1", AddressClass.Loopback)]
    [InlineData("10.1.2.3", AddressClass.Private)]
    [InlineData("172.16.0.1", AddressClass.Private)]
    [InlineData("172.31.255.255", AddressClass.Private)]
    [InlineData("172.32.0.1", AddressClass.Public)]
    [InlineData("192.168.0.1", AddressClass.Private)]
    [InlineData("fc00::1", AddressClass.Private)]
    [InlineData("fd12:3456::1", AddressClass.Private)]
    [InlineData("169.254.169.254", AddressClass.LinkLocal)]
    [InlineData("fe80::1", AddressClass.LinkLocal)]
    [InlineData("0.0.0.0", AddressClass.Unspecified)]
    [InlineData("::", AddressClass.Unspecified)]
    [InlineData("224.0.0.1", AddressClass.Multicast)]
    [InlineData("ff02::1", AddressClass.Multicast)]
    [InlineData("100.64.0.1", AddressClass.CarrierGradeNat)]
    [InlineData("100.127.255.255", AddressClass.CarrierGradeNat)]
    [InlineData("100.128.0.1", AddressClass.Public)]
    [InlineData("::ffff:169.254.169.254", AddressClass.LinkLocal)]
    [InlineData("::ffff:10.0.0.1", AddressClass.Private)]
    [InlineData("::ffff:127.0.0.1", AddressClass.Loopback)]
    [InlineData("64:ff9b::a9fe:a9fe", AddressClass.LinkLocal)]
    [InlineData("2002:7f00:1::", AddressClass.Loopback)]
    [InlineData("93.184.216.34", AddressClass.Public)]
    [InlineData("2606:2800:220:1:248:1893:25c8:1946", AddressClass.Public)]
    public void Addresses_are_classified(string address, AddressClass expected)
    {
        // Act
        var actual = AddressClassifier.Classify(IPAddress.Parse(address));

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Allow_loopback_does_not_open_the_other_private_ranges()
    {
        // Arrange
        var options = new FeedFetchOptions { AllowLoopback = true };

        // Act and assert
        Assert.True(AddressClassifier.IsAllowed(IPAddress.Loopback, options));
        Assert.False(AddressClassifier.IsAllowed(IPAddress.Parse("169.254.169.254"), options));
        Assert.False(AddressClassifier.IsAllowed(IPAddress.Parse("10.0.0.1"), options));
        Assert.True(AddressClassifier.IsAllowed(IPAddress.Parse("10.0.0.1"), new FeedFetchOptions { AllowPrivateAddresses = true }));
        Assert.False(AddressClassifier.IsAllowed(IPAddress.Parse("224.0.0.1"), new FeedFetchOptions { AllowPrivateAddresses = true }));
    }
}
