using MarketingSaaS.Framework.BackgroundJobs;
using Microsoft.Extensions.Configuration;

namespace MarketingSaaS.ApprovalSla;

/// <summary>
/// The current tenant's hourly recurring schedule of <see cref="ApprovalSlaJob"/>, created by the tenant seeder. The
/// schedule row makes each tick run once across host processes. Configuration <c>Approvals:SlaScheduleEnabled=false</c>
/// (tests) creates none.
/// </summary>
public sealed class ApprovalSlaSchedule(IRecurringJobManager recurringJobs, IConfiguration configuration)
{
    public const string ScheduleName = "approval-sla";

    /// <summary>At minute 0 of every hour.</summary>
    public const string Cron = "0 0 * * * ?";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (!string.Equals(configuration["Approvals:SlaScheduleEnabled"], "false", StringComparison.OrdinalIgnoreCase))
        {
            await recurringJobs.AddOrUpdateAsync(ScheduleName, Cron, new ApprovalSlaArgs(), cancellationToken: cancellationToken);
        }
    }
}
