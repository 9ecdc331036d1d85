namespace Nunchi.Core.Questions;

/// <summary>What a name in a question selects, judged by the series it names.</summary>
internal enum NameKind
{
    /// <summary>One series: <c>press-3 vibration</c>.</summary>
    Series,

    /// <summary>Several series of one machine (one tag set): <c>3호기</c>.</summary>
    Entity,

    /// <summary>One field on every machine that has it: <c>온도</c>.</summary>
    Field,

    /// <summary>Several machines: a line, a class of machines, a site: <c>2라인</c>, <c>presses</c>.</summary>
    Group,

    /// <summary>A quantity the catalog does not measure at all: <c>습도</c> without humidity data.</summary>
    Absent,
}
