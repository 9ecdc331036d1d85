using Microsoft.Extensions.Diagnostics.HealthChecks;
using Nunchi.Server.Hosting;

namespace Nunchi.Server.Observability;

/// <summary>Ready once recovery and replay are done and while the store accepts writes; degraded while finding commits fail.</summary>
internal sealed class EngineReadyCheck(EngineHost host) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!host.Ready)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("recovering: the store and analyzers are being restored"));
        }

        if (host.Engine.Points.Fault is { } fault)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the store stopped accepting writes ({fault.Message}); restart to recover from its log"));
        }

        var metrics = host.Engine.Metrics;
        return Task.FromResult(metrics.PendingPoints > 0 && metrics.WriterFailures > 0
            ? HealthCheckResult.Degraded($"{metrics.WriterFailures} failed finding commits")
            : HealthCheckResult.Healthy($"{host.Engine.Catalog.Count} series, {metrics.PendingPoints} points waiting for analysis"));
    }
}
