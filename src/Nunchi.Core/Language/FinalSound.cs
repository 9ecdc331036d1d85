namespace Nunchi.Core.Language;

/// <summary>How the pronunciation of a word ends, which is all a Korean particle depends on.</summary>
internal enum FinalSound
{
    /// <summary>The reading could not be determined (an emoji, a symbol): use the combined form, e.g. 이(가).</summary>
    Unknown,

    /// <summary>Ends in a vowel: no 받침.</summary>
    Vowel,

    /// <summary>Ends in the consonant ㄹ, which behaves like a vowel before 으로/로.</summary>
    Rieul,

    /// <summary>Ends in any other consonant.</summary>
    Consonant,
}
