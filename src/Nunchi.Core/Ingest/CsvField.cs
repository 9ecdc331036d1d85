namespace Nunchi.Core.Ingest;

/// <summary>Where one field lies in the buffer, as found by <see cref="CsvFieldScanner"/>.</summary>
/// <remarks>A mutable struct filled through an <c>out</c> parameter on the per-field hot path.</remarks>
internal struct CsvField
{
    /// <summary>The field's first byte (its opening quote when quoted).</summary>
    public int Start;

    /// <summary>The content's first byte (after an opening quote).</summary>
    public int ContentStart;

    /// <summary>Just past the content (before a closing quote, or before a CR that ends the line).</summary>
    public int ContentEnd;

    /// <summary>Where the next field or row starts.</summary>
    public int Next;

    /// <summary>The field is the last of its row.</summary>
    public bool EndOfRow;

    /// <summary>The content holds doubled quotes (<c>""</c>) that stand for one quote each.</summary>
    public bool HasEscapedQuotes;

    /// <summary>Line feeds inside a quoted field; the row continues on later lines.</summary>
    public int Newlines;

    /// <summary>Just past the last of those line feeds (the start of the line the field ends on); valid when <see cref="Newlines"/> is positive.</summary>
    public int LastLineStart;
}
