namespace Alerts.Teams;

public enum RateLimitVerdict
{
    Acquired,
    Wait,
    BudgetExhausted,
}
