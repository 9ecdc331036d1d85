using Nunchi.Cli.Detect;

namespace Nunchi.Cli.Tests.Detect;

public sealed class ScoreFileWriterTests
{
    [Fact]
    public void Header_OneColumn_IsTheFixedBenchmarkHeaderWhateverItsName()
    {
        ScoreFileWriter.Header(["Data"]).ShouldBe("timestamp,value,anomaly_score");
    }

    [Fact]
    public void Header_SeveralColumns_PairsEachWithItsScoreAndEndsWithTheHighest()
    {
        ScoreFileWriter.Header(["temp", "say \"hi\""]).ShouldBe(
            "timestamp,temp,temp_anomaly_score,\"say \"\"hi\"\"\",\"say \"\"hi\"\"_anomaly_score\",anomaly_score");
    }
}
