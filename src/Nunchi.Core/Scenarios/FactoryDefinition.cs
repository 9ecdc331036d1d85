namespace Nunchi.Core.Scenarios;

/// <summary>
/// The demo press shop "plant-a" (<c>/shared/scenarios/factory.md</c>): four presses, two ovens and a compressor,
/// 31 series, two shifts (06:00-22:00 Asia/Seoul), no production on Sunday, and labelled anomalies.
/// </summary>
internal sealed class FactoryDefinition : ScenarioDefinition
{
    public const string Press1 = "press-1";
    public const string Compressor = "compressor-1";

    private static readonly string[] Presses = ["press-1", "press-2", "press-3", "press-4"];
    private static readonly string[] Ovens = ["oven-1", "oven-2"];

    // Events go inside production (07:00-21:30, Monday to Saturday) where the series are busy, clear of the
    // shift ramps; a press running through the night spans 22:00 to 06:00 after a weekday.
    private static readonly PlacementCalendar Calendar = new(
        LocalClock.Days(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday),
        7,
        21.5,
        LocalClock.Days(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday),
        22,
        6);

    private FactoryDefinition()
        : base("factory", 10_000, "machine", "machine", BuildGroups(), BuildFields(), BuildTagValues())
    {
        Templates = BuildTemplates();
    }

    public static FactoryDefinition Instance { get; } = new();

    public IReadOnlyList<EventTemplate> Templates { get; }

    public override IReadOnlyList<ScenarioEvent> PlanEvents(ScenarioOptions options, long stepMs)
    {
        var planner = new EventPlanner(this, options, stepMs, Calendar);
        if (!planner.HasRoom)
        {
            return [];
        }

        var random = new ScenarioRandom(options.Seed, 0x5CE7A210);
        PlaceProductChange(planner, options, random);
        foreach (var template in Templates)
        {
            planner.Place(template, random);
        }

        return planner.Events;
    }

    public override ScenarioModel CreateModel(ScenarioOptions options, long stepMs, IReadOnlyList<ScenarioEvent> events) =>
        new FactoryModel(options, stepMs, events);

    // The planned product change: one press gets a new set point in the last third of the range (after the learning
    // period), during production, with at least half a day of data after it, and keeps it to the end.
    private static void PlaceProductChange(EventPlanner planner, ScenarioOptions options, ScenarioRandom random)
    {
        var windowStart = Math.Max(planner.LearningEndMs, options.FromMs + ((options.ToMs - options.FromMs) * 2 / 3));
        var windowEnd = options.ToMs - (12 * LocalClock.HourMs);
        if (windowEnd <= windowStart)
        {
            return;
        }

        for (var attempt = 0; attempt < 200; attempt++)
        {
            var press = Presses[random.NextInt(Presses.Length)];
            var change = (random.NextDouble() < 0.5 ? -1 : 1) * random.Uniform(10, 16);
            var durationMs = LocalClock.HourMs;
            var target = new EventTarget(press, "pressure", EventEffect.ModelOnly);
            if (planner.TryChooseStart(EventPlacement.WorkingHours, windowStart, windowEnd, random, ref durationMs, out var startMs)
                && startMs >= windowStart
                && startMs < windowEnd
                && planner.TryAdd(ScenarioLabelKind.ProductChange, target, startMs, durationMs, 1, change, LocalClock.HourMs, LocalClock.DayMs))
            {
                return;
            }
        }
    }

    private static List<EventTemplate> BuildTemplates()
    {
        var spikes = new List<EventTarget>();
        var dips = new List<EventTarget>();
        var levelShifts = new List<EventTarget>
        {
            // The signature example: a clogged intake filter makes the compressor draw 15 % more power.
            new(Compressor, "power", EventEffect.Multiply, EventShape.Constant, 1.15, 1.15),
            new(Compressor, "temperature", EventEffect.Add, EventShape.Constant, 5, 7),
        };
        var variances = new List<EventTarget> { new(Compressor, "pressure", EventEffect.NoiseScale, EventShape.Constant, 3.5, 4.5) };
        var stuck = new List<EventTarget>
        {
            new(Compressor, "pressure", EventEffect.Stuck),
            new(Compressor, "temperature", EventEffect.Stuck),
        };
        var gaps = new List<EventTarget>();
        var nights = new List<EventTarget>();
        var drifts = new List<EventTarget>();
        foreach (var press in Presses)
        {
            spikes.Add(new(press, "temperature", EventEffect.Add, EventShape.Decaying, 4.5, 7));
            spikes.Add(new(press, "vibration", EventEffect.Add, EventShape.Decaying, 1.4, 2.6));
            spikes.Add(new(press, "pressure", EventEffect.Add, EventShape.Decaying, 16, 28));
            spikes.Add(new(press, "power", EventEffect.Add, EventShape.Decaying, 12, 20));
            dips.Add(new(press, "pressure", EventEffect.Add, EventShape.Constant, -45, -28));
            dips.Add(new(press, "power", EventEffect.Add, EventShape.Constant, -26, -16));
            levelShifts.Add(new(press, "vibration", EventEffect.Multiply, EventShape.Constant, 1.3, 1.4));
            variances.Add(new(press, "vibration", EventEffect.NoiseScale, EventShape.Constant, 2, 3));
            stuck.Add(new(press, "temperature", EventEffect.Stuck));
            stuck.Add(new(press, "pressure", EventEffect.Stuck));
            stuck.Add(new(press, "vibration", EventEffect.Stuck));
            gaps.Add(new(press, ScenarioLabel.AllFields, EventEffect.Missing));
            nights.Add(new(press, ScenarioLabel.AllFields, EventEffect.ForceOn));
        }

        foreach (var oven in Ovens)
        {
            spikes.Add(new(oven, "temperature", EventEffect.Add, EventShape.Decaying, 5, 8));
            dips.Add(new(oven, "temperature", EventEffect.Add, EventShape.Constant, -10, -6));
            levelShifts.Add(new(oven, "power", EventEffect.Multiply, EventShape.Constant, 1.11, 1.14));
            variances.Add(new(oven, "temperature", EventEffect.NoiseScale, EventShape.Constant, 4, 5));
            stuck.Add(new(oven, "temperature", EventEffect.Stuck));
            gaps.Add(new(oven, ScenarioLabel.AllFields, EventEffect.Missing));
            drifts.Add(new(oven, "temperature", EventEffect.Add, EventShape.Ramp, 0.5, 0.5));
        }

        spikes.Add(new(Compressor, "pressure", EventEffect.Add, EventShape.Decaying, 0.5, 0.8));
        spikes.Add(new(Compressor, "power", EventEffect.Add, EventShape.Decaying, 9, 14));
        dips.Add(new(Compressor, "pressure", EventEffect.Add, EventShape.Constant, -1.2, -0.7));
        gaps.Add(new(Compressor, ScenarioLabel.AllFields, EventEffect.Missing));

        const double Hour = 3600;
        return
        [
            new(ScenarioLabelKind.Spike, 4, EventPlacement.WorkingHours, 10, 30, 1, spikes),
            new(ScenarioLabelKind.Dip, 3, EventPlacement.WorkingHours, 10, 60, 1, dips),
            new(ScenarioLabelKind.LevelShift, 3, EventPlacement.Anywhere, 6 * Hour, 48 * Hour, 2, levelShifts, LeadWithFirstTarget: true),
            new(ScenarioLabelKind.Variance, 3, EventPlacement.WorkingHours, 2 * Hour, 7 * Hour, 3, variances),
            new(ScenarioLabelKind.Stuck, 3, EventPlacement.WorkingHours, 1 * Hour, 3 * Hour, 3, stuck),
            new(ScenarioLabelKind.Gap, 3, EventPlacement.Anywhere, 20 * 60, 20 * 60, 1, gaps),
            new(ScenarioLabelKind.SeasonalityBreak, 2, EventPlacement.Night, 0, 0, 1, nights),
            new(ScenarioLabelKind.Drift, 2, EventPlacement.WorkingHours, 4 * Hour, 8 * Hour, 3, drifts),
        ];
    }

    private static List<GroupSpec> BuildGroups()
    {
        string[] pressFields = ["temperature", "vibration", "pressure", "power", "output"];
        string[] ovenFields = ["temperature", "power"];
        string[] compressorFields = ["pressure", "power", "temperature"];
        return
        [
            Group("press-1", "1", pressFields),
            Group("press-2", "1", pressFields),
            Group("press-3", "2", pressFields),
            Group("press-4", "2", pressFields),
            Group("oven-1", "1", ovenFields),
            Group("oven-2", "2", ovenFields),
            Group(Compressor, "utility", compressorFields),
        ];

        static GroupSpec Group(string machine, string line, string[] fields) =>
            new(machine, [new("site", "plant-a"), new("line", line), new("machine", machine)], fields);
    }

    private static List<FieldSpec> BuildFields() =>
    [
        new(new FieldInfo("temperature", "°C", 1, false, new("temperature", "온도", ["temperature", "temp"], ["온도"])), -40, 400),
        new(new FieldInfo("vibration", "mm/s", 2, false, new("vibration", "진동", ["vibration"], ["진동"]))),
        new(new FieldInfo("pressure", "bar", 2, false, new("pressure", "압력", ["pressure"], ["압력"]))),
        new(new FieldInfo("power", "kW", 1, false, new("power", "전력", ["power", "power consumption"], ["전력", "소비전력", "전력 사용량"]))),
        new(new FieldInfo("output", "parts/min", 0, true, new("output", "생산량", ["output", "production"], ["생산량", "생산 수량"]))),
    ];

    private static List<TagValueInfo> BuildTagValues()
    {
        var values = new List<TagValueInfo>();
        for (var n = 1; n <= 4; n++)
        {
            // "N호기" alone means press-N: the presses are the main machines.
            values.Add(new("machine", $"press-{n}", new(
                $"press {n}",
                $"프레스 {n}호기",
                [$"press-{n}", $"press {n}", $"press{n}"],
                [$"프레스 {n}호기", $"{n}호기 프레스", $"{n}번 프레스", $"{n}호기"])));
        }

        for (var n = 1; n <= 2; n++)
        {
            values.Add(new("machine", $"oven-{n}", new(
                $"oven {n}",
                $"오븐 {n}호기",
                [$"oven-{n}", $"oven {n}", $"oven{n}"],
                [$"오븐 {n}호기", $"{n}호기 오븐", $"{n}번 오븐", $"건조로 {n}호기"])));
        }

        values.Add(new("machine", Compressor, new(
            "compressor",
            "컴프레서",
            [Compressor, "compressor", "compressor 1", "air compressor"],
            ["컴프레서", "공기 압축기", "압축기"])));
        for (var n = 1; n <= 2; n++)
        {
            values.Add(new("line", $"{n}", new($"line {n}", $"{n}라인", [$"line {n}", $"line-{n}", $"line{n}"], [$"{n}라인", $"{n}번 라인"])));
        }

        values.Add(new("line", "utility", new("utility", "유틸리티", ["utility", "utilities"], ["유틸리티"])));
        values.Add(new("site", "plant-a", new("plant A", "플랜트 A", ["plant-a", "plant a"], ["플랜트 A"])));
        return values;
    }
}
