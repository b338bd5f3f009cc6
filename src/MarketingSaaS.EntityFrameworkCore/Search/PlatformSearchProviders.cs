using MarketingSaaS.Framework.Search;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.EntityFrameworkCore.Search;

/// <summary>The platform's contributions to the global search box (modules bring theirs through their manifests).</summary>
internal static class PlatformSearchProviders
{
    public static IServiceCollection AddPlatformSearchProviders(this IServiceCollection services) =>
        services
            .AddSearchProvider<PeopleSearchProvider>()
            .AddSearchProvider<OrganizationUnitSearchProvider>()
            .AddSearchProvider<PositionSearchProvider>()
            .AddSearchProvider<ApprovalRequestSearchProvider>()
            .AddSearchProvider<ProcessInstanceSearchProvider>();
}
