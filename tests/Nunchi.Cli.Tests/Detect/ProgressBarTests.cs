using Nunchi.Cli.Detect;

namespace Nunchi.Cli.Tests.Detect;

public sealed class ProgressBarTests
{
    [Fact]
    public void Update_BeforeTwoSeconds_DrawsNothing()
    {
        var clock = new ManualClock();
        using var terminal = new StringWriter();
        var bar = new ProgressBar(terminal, clock, "data.csv", 1000);

        clock.Advance(TimeSpan.FromSeconds(1.9));
        bar.Update(500, 10);
        bar.Clear();

        terminal.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Update_AfterTwoSeconds_DrawsOneLineInPlaceAndClearBlanksIt()
    {
        var clock = new ManualClock();
        using var terminal = new StringWriter();
        var bar = new ProgressBar(terminal, clock, "data.csv", 1000);

        clock.Advance(TimeSpan.FromSeconds(2));
        bar.Update(450, 12_345);
        var drawn = terminal.ToString();
        bar.Update(460, 12_400);
        var unchanged = terminal.ToString();
        clock.Advance(TimeSpan.FromSeconds(1));
        bar.Update(1000, 20_000);
        bar.Clear();

        drawn.ShouldStartWith("\rdata.csv [#############.................]  45%  12,345 rows");
        drawn.ShouldNotContain('\n');
        unchanged.ShouldBe(drawn);
        var all = terminal.ToString();
        all.ShouldContain("100%  20,000 rows");
        all.ShouldEndWith("\r");
        all.ShouldNotContain('\n');
        bar.IsShown.ShouldBeFalse();
    }

    private sealed class ManualClock : TimeProvider
    {
        private long _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;
    }
}
