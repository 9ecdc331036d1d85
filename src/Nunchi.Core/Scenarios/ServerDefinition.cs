namespace Nunchi.Core.Scenarios;

/// <summary>
/// A small web service: four hosts reporting CPU %, memory %, request latency, requests/s (daily and weekly
/// seasonality, Korean evening peak) and a <c>bytes_sent</c> counter that resets when a process restarts.
/// </summary>
internal sealed class ServerDefinition : ScenarioDefinition
{
    private static readonly string[] Hosts = ["web-1", "web-2", "api-1", "db-1"];

    // Incidents are placed in the busy part of the day (09:00-23:00), every day of the week.
    private static readonly PlacementCalendar Calendar = new(0b111_1111, 9, 23, 0, 0, 0);

    private ServerDefinition()
        : base("server", 60_000, "server", "host", BuildGroups(), BuildFields(), BuildTagValues())
    {
        Templates = BuildTemplates();
    }

    public static ServerDefinition Instance { get; } = new();

    public IReadOnlyList<EventTemplate> Templates { get; }

    public override IReadOnlyList<ScenarioEvent> PlanEvents(ScenarioOptions options, long stepMs)
    {
        var planner = new EventPlanner(this, options, stepMs, Calendar);
        var random = new ScenarioRandom(options.Seed, 0x5E7E7);
        foreach (var template in Templates)
        {
            planner.Place(template, random);
        }

        return planner.Events;
    }

    public override ScenarioModel CreateModel(ScenarioOptions options, long stepMs, IReadOnlyList<ScenarioEvent> events) =>
        new ServerModel(options, stepMs, events);

    private static List<EventTemplate> BuildTemplates()
    {
        var spikes = new List<EventTarget>();
        var levelShifts = new List<EventTarget>();
        var variances = new List<EventTarget>();
        var leaks = new List<EventTarget>();
        var stuck = new List<EventTarget>();
        var gaps = new List<EventTarget>();
        foreach (var host in Hosts)
        {
            spikes.Add(new(host, "cpu", EventEffect.Add, EventShape.Decaying, 35, 50));
            spikes.Add(new(host, "latency", EventEffect.Multiply, EventShape.Decaying, 5, 9));
            spikes.Add(new(host, "requests", EventEffect.Multiply, EventShape.Decaying, 2.2, 3));
            levelShifts.Add(new(host, "cpu", EventEffect.Add, EventShape.Constant, 12, 18));
            levelShifts.Add(new(host, "latency", EventEffect.Multiply, EventShape.Constant, 1.5, 1.8));
            variances.Add(new(host, "latency", EventEffect.NoiseScale, EventShape.Constant, 2.5, 3.5));
            stuck.Add(new(host, "cpu", EventEffect.Stuck));
            stuck.Add(new(host, "memory", EventEffect.Stuck));
            stuck.Add(new(host, "latency", EventEffect.Stuck));
            gaps.Add(new(host, ScenarioLabel.AllFields, EventEffect.Missing));
        }

        // A memory leak in an application process (not the database): memory climbs until the process restarts.
        foreach (var host in new[] { "web-1", "web-2", "api-1" })
        {
            leaks.Add(new(host, "memory", EventEffect.Add, EventShape.Ramp, 1.5, 2.5));
        }

        const double Hour = 3600;
        return
        [
            new(ScenarioLabelKind.Spike, 4, EventPlacement.WorkingHours, 60, 180, 1, spikes),
            new(ScenarioLabelKind.LevelShift, 2, EventPlacement.Anywhere, 6 * Hour, 48 * Hour, 3, levelShifts),
            new(ScenarioLabelKind.Variance, 3, EventPlacement.WorkingHours, 1 * Hour, 5 * Hour, 5, variances),
            new(ScenarioLabelKind.Drift, 2, EventPlacement.Anywhere, 6 * Hour, 12 * Hour, 5, leaks),
            new(ScenarioLabelKind.Stuck, 2, EventPlacement.WorkingHours, 1 * Hour, 3 * Hour, 5, stuck),
            new(ScenarioLabelKind.Gap, 3, EventPlacement.Anywhere, 20 * 60, 45 * 60, 1, gaps),
        ];
    }

    private static List<GroupSpec> BuildGroups()
    {
        string[] fields = ["cpu", "memory", "latency", "requests", "bytes_sent"];
        return
        [
            new("web-1", [new("host", "web-1"), new("role", "web")], fields),
            new("web-2", [new("host", "web-2"), new("role", "web")], fields),
            new("api-1", [new("host", "api-1"), new("role", "api")], fields),
            new("db-1", [new("host", "db-1"), new("role", "db")], fields),
        ];
    }

    private static List<FieldSpec> BuildFields() =>
    [
        new(new FieldInfo("cpu", "%", 1, false, new("CPU usage", "CPU 사용률", ["cpu", "cpu usage", "processor"], ["CPU 사용률", "CPU", "씨피유"])), 0, 100),
        new(new FieldInfo("memory", "%", 1, false, new("memory usage", "메모리 사용률", ["memory", "memory usage", "ram"], ["메모리", "메모리 사용률", "메모리 사용량"])), 0, 100),
        new(new FieldInfo("latency", "ms", 1, false, new("request latency", "응답 시간", ["latency", "response time", "request latency"], ["응답 시간", "지연 시간", "레이턴시", "지연"]))),
        new(new FieldInfo("requests", "req/s", 1, false, new("requests per second", "초당 요청 수", ["requests", "request rate", "traffic", "rps"], ["요청 수", "초당 요청 수", "요청량", "트래픽"]))),
        new(new FieldInfo("bytes_sent", "B", 0, true, new("bytes sent", "송신 바이트", ["bytes sent", "bytes_sent", "sent bytes"], ["송신 바이트", "전송량", "보낸 바이트"]))),
    ];

    private static List<TagValueInfo> BuildTagValues() =>
    [
        new("host", "web-1", new("web server 1", "웹 서버 1", ["web-1", "web 1", "web1"], ["웹 서버 1", "웹서버 1", "웹 1"])),
        new("host", "web-2", new("web server 2", "웹 서버 2", ["web-2", "web 2", "web2"], ["웹 서버 2", "웹서버 2", "웹 2"])),
        new("host", "api-1", new("API server 1", "API 서버 1", ["api-1", "api 1", "api1"], ["API 서버 1", "API 1"])),
        new("host", "db-1", new("database server 1", "DB 서버 1", ["db-1", "db 1", "db1"], ["DB 서버 1", "DB 1"])),
        new("role", "web", new("web servers", "웹 서버", ["web", "web servers"], ["웹 서버", "웹"])),
        new("role", "api", new("API servers", "API 서버", ["api", "api servers"], ["API 서버", "API"])),
        new("role", "db", new("database servers", "DB 서버", ["db", "database"], ["DB 서버", "데이터베이스", "DB"])),
    ];
}
