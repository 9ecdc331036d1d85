using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Scenarios;

/// <summary>What every scenario's labels must satisfy, checked the same way for each scenario.</summary>
public static class LabelInvariants
{
    internal static void Check(IScenario scenario)
    {
        var options = scenario.Options;
        var learningEnd = options.FromMs + ScenarioOptions.LearningPeriodMs;
        foreach (var label in scenario.Labels)
        {
            label.StartMs.ShouldBeGreaterThanOrEqualTo(learningEnd, $"{label} starts in the learning period");
            label.EndMs.ShouldBeLessThan(options.ToMs, $"{label} ends outside the range");
            label.EndMs.ShouldBeGreaterThanOrEqualTo(label.StartMs, $"{label} ends before it starts");
            ((label.StartMs - options.FromMs) % scenario.StepMs).ShouldBe(0, $"{label} is off the sample grid");
            scenario.Groups.ShouldContain(g => g.Name == label.Group, $"{label} names an unknown group");
            if (label.Field != ScenarioLabel.AllFields)
            {
                scenario.Series.ShouldContain(s => s.Group == label.Group && s.Field.Field == label.Field, $"{label} names an unknown field");
            }
        }

        foreach (var series in scenario.Series)
        {
            var onSeries = scenario.Labels.Where(l => l.Covers(series)).OrderBy(l => l.StartMs).ToList();
            for (var i = 1; i < onSeries.Count; i++)
            {
                onSeries[i].StartMs.ShouldBeGreaterThan(onSeries[i - 1].EndMs, $"{onSeries[i - 1]} and {onSeries[i]} overlap on {series.Key}");
            }
        }
    }
}
