using System.Text;
using Nunchi.Core.Ingest.LineProtocol;

namespace Nunchi.Core.Tests.Ingest.LineProtocol;

public sealed class LineProtocolSeriesKeyTests
{
    [Theory]
    [InlineData("machine,site=s0,line=l0", "temperature", "machine", "line=l0;site=s0", "temperature")]
    [InlineData("m,b=2,a=1,c=3", "f", "m", "a=1;b=2;c=3", "f")]
    [InlineData("my\\ m\\,x", "f", "my m,x", "", "f")]
    [InlineData("m\\=x", "f", "m\\=x", "", "f")]
    [InlineData("m,t\\ k=v\\,1\\=2", "f\\=x\\ y", "m", "t k=v,1=2", "f=x y")]
    [InlineData("m,t=a\\b", "f\\", "m", "t=a\\b", "f\\")]
    [InlineData("m,t=a\\\\", "f\\\\\\", "m", "t=a\\", "f\\\\")]
    [InlineData("공장,라인=1호기", "온도", "공장", "라인=1호기", "온도")]
    public void ToSeriesKey_EscapedSeries_UnescapesAndSortsTags(string series, string field, string measurement, string tags, string expectedField)
    {
        var key = LineProtocolParser.ToSeriesKey(Encoding.UTF8.GetBytes(series), Encoding.UTF8.GetBytes(field));

        key.Measurement.ShouldBe(measurement);
        string.Join(';', key.Tags.Select(t => $"{t.Key}={t.Value}")).ShouldBe(tags);
        key.Field.ShouldBe(expectedField);
    }

    [Fact]
    public void ToSeriesKey_TagOrder_DoesNotChangeTheKey()
    {
        var (sink, _) = RecordingSink.Parse("m,b=2,a=1 f=1\nm,a=1,b=2 f=2");

        sink.Values[0].Key.ShouldBe(sink.Values[1].Key);
        sink.Values[0].Key.ToString().ShouldBe("m,a=1,b=2 f");
    }
}
