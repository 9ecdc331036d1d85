using System.Text;
using System.Text.Json;
using Nunchi.Core.Scenarios;

namespace Nunchi.Core.Tests.Scenarios;

public sealed class ScenarioCatalogJsonTests
{
    [Fact]
    public void Write_Factory_ListsTagsFieldsAndSeriesWithReadableKorean()
    {
        var scenario = ScenarioTable.Create("factory", 1);
        using var stream = new MemoryStream();

        ScenarioCatalogJson.Write(stream, scenario);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;

        text.ShouldContain("프레스 1호기");
        root.GetProperty("version").GetInt32().ShouldBe(1);
        root.GetProperty("groupTag").GetString().ShouldBe("machine");
        root.GetProperty("series").GetArrayLength().ShouldBe(27);
        var press3 = root.GetProperty("tags").EnumerateArray().Single(t => t.GetProperty("value").GetString() == "press-3");
        press3.GetProperty("aliases").GetProperty("ko").EnumerateArray().Select(a => a.GetString()).ShouldContain("3호기");
        var power = root.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "power");
        power.GetProperty("unit").GetString().ShouldBe("kW");
        var first = root.GetProperty("series")[0];
        first.GetProperty("key").GetString().ShouldBe("machine,line=1,machine=press-1,site=plant-a temperature");
        first.GetProperty("tags").GetProperty("line").GetString().ShouldBe("1");
        first.GetProperty("nameKo").GetString().ShouldBe("프레스 1호기 온도");
    }
}
