using System.Text;

namespace Alerts.Cli.Output;

/// <summary>Columns padded to their widest cell, two spaces apart; the last column is not padded (long queries, URLs).</summary>
public sealed class Table(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    public void Add(params string?[] cells) =>
        _rows.Add(Enumerable.Range(0, headers.Length).Select(i => i < cells.Length ? Clean(cells[i]) : "").ToArray());

    public override string ToString()
    {
        var widths = Enumerable.Range(0, headers.Length).Select(i => _rows.Select(r => r[i].Length).Append(headers[i].Length).Max()).ToArray();
        var text = new StringBuilder();
        foreach (var row in _rows.Prepend(headers))
        {
            for (var i = 0; i < row.Length; i++)
            {
                text.Append(i == row.Length - 1 ? row[i] : row[i].PadRight(widths[i] + 2));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>One line per row: line breaks and tabs in values (a query, an error) would break the columns.</summary>
    private static string Clean(string? cell) => string.IsNullOrEmpty(cell) ? "-" : cell.ReplaceLineEndings(" ").Replace('\t', ' ');
}
