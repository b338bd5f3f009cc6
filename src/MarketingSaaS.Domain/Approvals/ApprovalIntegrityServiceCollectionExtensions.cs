using MarketingSaaS.Positions;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.Approvals;

public static class ApprovalIntegrityServiceCollectionExtensions
{
    /// <summary>The requester-unit check, the subject versions of the decision log and the moving of slots to new position holders.</summary>
    public static IServiceCollection AddApprovalIntegrity(this IServiceCollection services) => services
        .AddScoped<ApprovalRequesterUnitCheck>()
        .AddScoped<ApprovalSubjectVersions>()
        .AddScoped<IPositionHoldersChangedHandler, ApprovalSlotReassigner>();
}
