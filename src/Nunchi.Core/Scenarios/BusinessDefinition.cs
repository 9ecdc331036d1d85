namespace Nunchi.Core.Scenarios;

/// <summary>
/// An online shop's KPIs per sales channel (web, app): orders, revenue and signups per interval with a daily and
/// weekly rhythm and a steady growth trend (no holidays), with outages, campaigns and level shifts.
/// </summary>
internal sealed class BusinessDefinition : ScenarioDefinition
{
    private static readonly string[] Channels = ["web", "app"];

    // Outages and campaigns happen while people shop (10:00-22:00), any day.
    private static readonly PlacementCalendar Calendar = new(0b111_1111, 10, 22, 0, 0, 0);

    private BusinessDefinition()
        : base("business", 3_600_000, "kpi", "channel", BuildGroups(), BuildFields(), BuildTagValues())
    {
        Templates = BuildTemplates();
    }

    public static BusinessDefinition Instance { get; } = new();

    public IReadOnlyList<EventTemplate> Templates { get; }

    public override IReadOnlyList<ScenarioEvent> PlanEvents(ScenarioOptions options, long stepMs)
    {
        var planner = new EventPlanner(this, options, stepMs, Calendar);
        var random = new ScenarioRandom(options.Seed, 0xB12);
        foreach (var template in Templates)
        {
            planner.Place(template, random);
        }

        return planner.Events;
    }

    public override ScenarioModel CreateModel(ScenarioOptions options, long stepMs, IReadOnlyList<ScenarioEvent> events) =>
        new BusinessModel(options, stepMs);

    private static List<EventTemplate> BuildTemplates()
    {
        var outages = new List<EventTarget>();
        var campaigns = new List<EventTarget>();
        var levelShifts = new List<EventTarget>();
        foreach (var channel in Channels)
        {
            // An outage or a campaign moves every KPI of the channel together.
            outages.Add(new(channel, ScenarioLabel.AllFields, EventEffect.Multiply, EventShape.Constant, 0.1, 0.35));
            campaigns.Add(new(channel, ScenarioLabel.AllFields, EventEffect.Multiply, EventShape.Constant, 2, 3));

            // A broken signup form; a pricing change.
            levelShifts.Add(new(channel, "signups", EventEffect.Multiply, EventShape.Constant, 0.55, 0.7));
            levelShifts.Add(new(channel, "revenue", EventEffect.Multiply, EventShape.Constant, 1.2, 1.3));
        }

        const double Hour = 3600;
        return
        [
            new(ScenarioLabelKind.Dip, 3, EventPlacement.WorkingHours, 1 * Hour, 4 * Hour, 1, outages),
            new(ScenarioLabelKind.Spike, 2, EventPlacement.WorkingHours, 2 * Hour, 6 * Hour, 1, campaigns),
            new(ScenarioLabelKind.LevelShift, 2, EventPlacement.Anywhere, 24 * Hour, 96 * Hour, 2, levelShifts),
        ];
    }

    private static List<GroupSpec> BuildGroups()
    {
        string[] fields = ["orders", "revenue", "signups"];
        return
        [
            new("web", [new("channel", "web")], fields),
            new("app", [new("channel", "app")], fields),
        ];
    }

    private static List<FieldSpec> BuildFields() =>
    [
        new(new FieldInfo("orders", "orders", 0, true, new("orders", "주문 수", ["orders", "order count"], ["주문", "주문 수", "주문량"]))),
        new(new FieldInfo("revenue", "KRW", 0, false, new("revenue", "매출", ["revenue", "sales"], ["매출", "매출액"]))),
        new(new FieldInfo("signups", "signups", 0, true, new("signups", "신규 가입", ["signups", "sign-ups", "new users"], ["가입", "회원가입", "신규 가입", "가입자 수"]))),
    ];

    private static List<TagValueInfo> BuildTagValues() =>
    [
        new("channel", "web", new("web", "웹", ["web", "website"], ["웹", "웹사이트"])),
        new("channel", "app", new("app", "앱", ["app", "mobile app"], ["앱", "모바일 앱"])),
    ];
}
