using NCrontab;

namespace Alerts.Standalone.Timers;

/// <summary>
/// The host's timer schedule: NCRONTAB with six fields (seconds first), five also accepted
/// (platform-facts B2). Occurrences are computed in UTC, as in Azure without WEBSITE_TIME_ZONE.
/// </summary>
public sealed class NcrontabSchedule
{
    private readonly CrontabSchedule _schedule;

    private NcrontabSchedule(CrontabSchedule schedule, string expression)
    {
        _schedule = schedule;
        Expression = expression;
    }

    public string Expression { get; }

    public static NcrontabSchedule Parse(string expression, string settingForErrors)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (fields is not (5 or 6))
        {
            throw new InvalidOperationException($"{settingForErrors}: '{expression}' is not an NCRONTAB expression (6 fields: second minute hour day month day-of-week).");
        }

        var schedule = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 })
            ?? throw new InvalidOperationException($"{settingForErrors}: '{expression}' is not a valid NCRONTAB expression.");
        return new NcrontabSchedule(schedule, expression);
    }

    public DateTimeOffset NextAfter(DateTimeOffset time)
    {
        var next = _schedule.GetNextOccurrence(time.UtcDateTime);
        return new DateTimeOffset(DateTime.SpecifyKind(next, DateTimeKind.Utc));
    }
}
