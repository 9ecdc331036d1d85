using Microsoft.AspNetCore.Mvc.Testing;

namespace Nunchi.Server.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_Running_Ok()
    {
        await using var factory = new WebApplicationFactory<Program>();
        using var client = factory.CreateClient();
        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        response.IsSuccessStatusCode.ShouldBeTrue();
    }
}
