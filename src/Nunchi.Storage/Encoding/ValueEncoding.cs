namespace Nunchi.Storage.Encoding;

/// <summary>How a block stores its values (bits 6–7 of the block's layout byte).</summary>
internal enum ValueEncoding : byte
{
    /// <summary>Every value has the same bits: the 8 bytes of one double.</summary>
    Constant = 0,

    /// <summary>
    /// Every value is an integer divided by a power of ten, bit for bit: a scale byte, then the integers as
    /// residuals of a predictor (see <see cref="PredictiveCoding"/>).
    /// </summary>
    Decimal = 1,

    /// <summary>The raw bits XORed with the previous value's (Gorilla; see <see cref="GorillaXor"/>).</summary>
    GorillaXor = 2,
}
