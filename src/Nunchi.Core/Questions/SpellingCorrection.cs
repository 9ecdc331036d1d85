namespace Nunchi.Core.Questions;

/// <summary>A word of a question read as a known one: <c>vibraton</c> as <c>vibration</c>.</summary>
/// <param name="Written">As written (compact, lower case).</param>
/// <param name="ReadAs">The known word it was taken for.</param>
public readonly record struct SpellingCorrection(string Written, string ReadAs);
