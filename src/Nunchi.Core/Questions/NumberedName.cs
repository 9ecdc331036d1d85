using System.Text.RegularExpressions;

namespace Nunchi.Core.Questions;

/// <summary>
/// Names of numbered machines and the other ways people say them: <c>오븐 2호기</c> is also <c>오븐 2번</c> and
/// <c>오븐 2</c>; <c>press 3</c> is also <c>press no. 3</c>. The name without its number is the machine's class
/// (<c>오븐</c>, <c>press</c>), which names every machine of that kind.
/// </summary>
internal static partial class NumberedName
{
    /// <summary>Other spellings of <paramref name="name"/> (possibly none) and its class, when it is a numbered name.</summary>
    public static List<string> Variants(string name, out string? machineClass)
    {
        machineClass = null;
        if (!TryParse(name, out string cls, out string n, out bool korean))
        {
            return [];
        }

        machineClass = cls;
        return korean
            ? [$"{cls} {n}호기", $"{cls} {n}번", $"{cls} {n}", $"{cls} {n}호", $"{n}호기 {cls}", $"{n}번 {cls}"]
            : [$"{cls} {n}", $"{cls} no {n}", $"{cls} number {n}", $"{cls} num {n}"];
    }

    /// <summary>The name of machine <paramref name="number"/> of the same class as <paramref name="name"/>: <c>오븐 1호기</c>, 2 → <c>오븐 2호기</c>.</summary>
    public static string? Sibling(string name, string number) =>
        TryParse(name, out string cls, out _, out bool korean) ? (korean ? $"{cls} {number}호기" : $"{cls} {number}") : null;

    /// <summary>Splits a numbered name into its class and number: <c>오븐 2호기</c>, <c>2호기 오븐</c>, <c>press-3</c>.</summary>
    public static bool TryParse(string name, out string machineClass, out string number, out bool korean)
    {
        string text = name.Trim();
        var match = KoreanClassFirst().Match(text);
        if (!match.Success)
        {
            match = KoreanNumberFirst().Match(text);
        }

        korean = match.Success;
        if (!match.Success)
        {
            match = LatinNumbered().Match(text);
        }

        machineClass = match.Success ? match.Groups["cls"].Value.Trim() : "";
        number = match.Success ? match.Groups["n"].Value : "";
        return match.Success;
    }

    [GeneratedRegex(@"^(?<cls>[가-힣][가-힣 ]*?)\s*(?<n>\d+)\s*(호기|번|호)$")]
    private static partial Regex KoreanClassFirst();

    [GeneratedRegex(@"^(?<n>\d+)\s*(호기|번)\s*(?<cls>[가-힣][가-힣 ]*)$")]
    private static partial Regex KoreanNumberFirst();

    [GeneratedRegex(@"^(?<cls>[A-Za-z][A-Za-z ]*?)[\s\-_#]*(?<n>\d+)$")]
    private static partial Regex LatinNumbered();
}
