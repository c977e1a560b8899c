namespace Alerts.Functions.Protocol;

/// <summary>The request or message cannot be processed as sent; retrying the same body will fail the same way.</summary>
public sealed class InvalidInvocationException(string message, Exception? inner = null) : Exception(message, inner);
