namespace Alerts.Feeds;

/// <summary>The document was rejected: the message says what is wrong and, where known, where.</summary>
public sealed class FeedParseException : Exception
{
    public FeedParseException()
    {
    }

    public FeedParseException(string message)
        : base(message)
    {
    }

    public FeedParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FeedParseException(string message, int? line, int? position, Exception? innerException = null)
        : base(line is null ? message : $"{message} (line {line}, position {position})", innerException)
    {
        Line = line;
        Position = position;
    }

    /// <summary>1-based line of the problem, where known.</summary>
    public int? Line { get; }

    /// <summary>1-based column of the problem, where known.</summary>
    public int? Position { get; }
}
