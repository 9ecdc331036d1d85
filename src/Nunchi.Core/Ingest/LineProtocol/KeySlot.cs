namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>Where one tag key or field of the current line lies in the body, and the field's value.</summary>
internal struct KeySlot
{
    /// <summary>Index of the key's first byte in the body.</summary>
    public int Start;

    /// <summary>Length of the key in bytes, as written (escaped).</summary>
    public int Length;

    /// <summary>The field's value; unused for tags and string fields.</summary>
    public double Value;

    /// <summary>The field's value is a quoted string (skipped, counted).</summary>
    public bool IsString;

    /// <summary>A later field of the same line has the same key (the last one wins).</summary>
    public bool Superseded;
}
