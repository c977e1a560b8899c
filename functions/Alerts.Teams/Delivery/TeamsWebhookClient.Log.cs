using Microsoft.Extensions.Logging;

namespace Alerts.Teams;

public sealed partial class TeamsWebhookClient
{
    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Teams webhook {Webhook} answered {StatusCode}: {Outcome} in {ElapsedMs:F0} ms")]
        public static partial void Posted(ILogger logger, string webhook, int statusCode, DeliveryOutcome outcome, double elapsedMs);

        [LoggerMessage(2, LogLevel.Warning, "Teams webhook {Webhook} gave no answer within {Timeout}")]
        public static partial void TimedOut(ILogger logger, string webhook, TimeSpan timeout, Exception exception);

        [LoggerMessage(3, LogLevel.Warning, "Teams webhook {Webhook} could not be reached: {Error}")]
        public static partial void ConnectionFailed(ILogger logger, string webhook, HttpRequestError error, Exception exception);

        [LoggerMessage(4, LogLevel.Information, "Teams webhook {Webhook} not posted: {Verdict}, {Wait} until a slot frees")]
        public static partial void LimitedLocally(ILogger logger, string webhook, RateLimitVerdict verdict, TimeSpan wait);

        [LoggerMessage(5, LogLevel.Error, "Teams webhook {Webhook} refused by configuration: {Reason}")]
        public static partial void RejectedUrl(ILogger logger, string webhook, string reason);
    }
}
