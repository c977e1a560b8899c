using System.Text.Json.Nodes;

namespace Alerts.Teams;

/// <summary>
/// The local receiver's memory: the last <see cref="Capacity"/> messages across all channels, oldest dropped first.
/// Thread-safe; register as a singleton (<see cref="TeamsReceiverEndpoints.AddTeamsReceiver"/>).
/// </summary>
public sealed class TeamsReceiverStore(TimeProvider time)
{
    public const int DefaultCapacity = 500;

    private readonly LinkedList<ReceivedTeamsMessage> _messages = new();
    private long _sequence;

    public int Capacity { get; init; } = DefaultCapacity;

    public ReceivedTeamsMessage Add(string channel, JsonObject payload)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(payload);
        lock (_messages)
        {
            var message = new ReceivedTeamsMessage(++_sequence, channel, time.GetUtcNow(), payload);
            _messages.AddFirst(message);
            while (_messages.Count > Capacity)
            {
                _messages.RemoveLast();
            }

            return message;
        }
    }

    /// <summary>Newest first; all channels when <paramref name="channel"/> is null.</summary>
    public IReadOnlyList<ReceivedTeamsMessage> Messages(string? channel = null)
    {
        lock (_messages)
        {
            return _messages.Where(m => channel is null || string.Equals(m.Channel, channel, StringComparison.Ordinal)).ToList();
        }
    }

    public void Clear()
    {
        lock (_messages)
        {
            _messages.Clear();
        }
    }
}
