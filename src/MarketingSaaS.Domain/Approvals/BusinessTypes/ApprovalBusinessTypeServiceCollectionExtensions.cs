using MarketingSaaS.Approvals.BusinessTypes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS;

public static class ApprovalBusinessTypeServiceCollectionExtensions
{
    /// <summary>Registers a module's approval business types (the platform's and the manager come with the platform's domain module).</summary>
    public static IServiceCollection AddBusinessTypeDefinitions<TProvider>(this IServiceCollection services)
        where TProvider : ApprovalBusinessTypeDefinitionProvider
    {
        services.TryAddSingleton<ApprovalBusinessTypeDefinitionManager>();
        return services.AddSingleton<ApprovalBusinessTypeDefinitionProvider, TProvider>();
    }
}
