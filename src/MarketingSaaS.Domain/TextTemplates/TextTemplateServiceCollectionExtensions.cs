using MarketingSaaS.Framework.TextTemplating;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.TextTemplates;

public static class TextTemplateServiceCollectionExtensions
{
    /// <summary>The platform's templates, with the company's overrides replacing the framework's no-override store.</summary>
    public static IServiceCollection AddMarketingSaaSTextTemplates(this IServiceCollection services)
    {
        services.AddTemplateDefinitions<MarketingSaaSTemplateDefinitionProvider>();
        services.Replace(ServiceDescriptor.Scoped<ITemplateContentStore, TextTemplateOverrideStore>());
        return services;
    }
}
