namespace Alerts.Teams;

public enum AckTokenValidation
{
    Valid,

    /// <summary>Not base64url, too short, unknown version or action, or not canonically encoded.</summary>
    Malformed,

    /// <summary>The HMAC does not match: forged, altered, or made with another key.</summary>
    BadSignature,

    /// <summary>Genuine but past its expiry.</summary>
    Expired,

    /// <summary>Genuine but issued for another alert (replayed on a different alert's page).</summary>
    WrongAlert,
}
