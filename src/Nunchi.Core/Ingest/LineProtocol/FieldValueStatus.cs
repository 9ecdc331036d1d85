namespace Nunchi.Core.Ingest.LineProtocol;

/// <summary>The outcome of reading an unquoted field value.</summary>
internal enum FieldValueStatus
{
    /// <summary>A float, an integer, an unsigned integer or a boolean, now a finite double.</summary>
    Number,

    /// <summary>Not a value of any line protocol type.</summary>
    Invalid,

    /// <summary>A word for NaN or infinity, which line protocol does not allow.</summary>
    NotFinite,

    /// <summary>An integer (<c>i</c>) outside the signed 64-bit range.</summary>
    IntegerOutOfRange,

    /// <summary>An unsigned integer (<c>u</c>) outside the unsigned 64-bit range.</summary>
    UnsignedOutOfRange,

    /// <summary>A float too large for a double.</summary>
    FloatOutOfRange,
}
