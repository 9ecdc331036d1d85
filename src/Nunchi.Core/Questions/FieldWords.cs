namespace Nunchi.Core.Questions;

/// <summary>
/// Common quantities by their Korean and English names (온도 temperature, 진동 vibration, 전력 power, 생산량 output …),
/// so that questions find fields that carry no aliases, and say so when a quantity is not measured at all.
/// </summary>
internal static class FieldWords
{
    /// <summary>Every known quantity: the canonical field name, its display names and every word for it.</summary>
    public static IReadOnlyList<Quantity> All { get; } =
    [
        new("temperature", "온도", "temperature", ["temperature", "temperatures", "temp", "temps", "온도", "기온"]),
        new("vibration", "진동", "vibration", ["vibration", "vibrations", "vib", "진동", "떨림"]),
        new("pressure", "압력", "pressure", ["pressure", "pressures", "압력", "기압"]),
        new("power", "전력", "power", ["power", "power consumption", "power usage", "power draw", "electricity", "energy use", "전력", "소비전력", "소비 전력", "전력 사용량", "전력량", "전기", "파워"]),
        new("output", "생산량", "output", ["output", "production", "throughput", "parts", "생산량", "생산 수량", "생산", "출력", "산출량", "생산 실적"]),
        new("humidity", "습도", "humidity", ["humidity", "습도"]),
        new("current", "전류", "current", ["amperage", "amps", "electric current", "전류"]),
        new("voltage", "전압", "voltage", ["voltage", "volts", "전압"]),
        new("speed", "속도", "speed", ["speed", "rpm", "rotation speed", "속도", "회전수", "회전 속도"]),
        new("flow", "유량", "flow", ["flow", "flow rate", "유량"]),
        new("cpu", "CPU 사용률", "CPU", ["cpu", "cpu usage", "cpu load", "씨피유", "CPU 사용률"]),
        new("memory", "메모리", "memory", ["memory", "memory usage", "ram", "메모리", "메모리 사용량"]),
        new("latency", "지연 시간", "latency", ["latency", "response time", "지연", "지연 시간", "응답 시간"]),
        new("requests", "요청 수", "requests", ["requests", "request rate", "요청", "요청 수"]),
    ];

    /// <summary>True when the field key <paramref name="field"/> measures <paramref name="quantity"/>.</summary>
    public static bool Measures(string field, Quantity quantity)
    {
        string key = QuestionText.Compact(field);
        if (key == quantity.Field)
        {
            return true;
        }

        foreach (string word in quantity.Words)
        {
            if (key == QuestionText.Compact(word))
            {
                return true;
            }
        }

        // temperature_c, cpu_usage: the quantity's name followed by a qualifier.
        return field.StartsWith(quantity.Field + "_", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A quantity: canonical field name, display names and words.</summary>
    internal sealed record Quantity(string Field, string Korean, string English, string[] Words);
}
