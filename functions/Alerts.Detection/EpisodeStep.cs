namespace Alerts.Detection;

/// <summary>What one bucket did to an episode.</summary>
internal enum EpisodeStep : byte
{
    None,
    Started,
    Continues,
    Ended,
}
