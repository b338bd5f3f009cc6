using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.Framework.TextTemplating;

public static class TextTemplatingServiceCollectionExtensions
{
    /// <summary>The renderer and its parts; a module adds tenant overrides by registering its <see cref="ITemplateContentStore"/>.</summary>
    public static IServiceCollection AddTextTemplating(this IServiceCollection services)
    {
        services.TryAddSingleton<TemplateDefinitionManager>();
        services.TryAddSingleton<EmbeddedTemplateContents>();
        services.TryAddSingleton<CompiledTemplateCache>();
        services.AddMemoryCache();
        services.TryAddScoped<ITemplateContentStore, NullTemplateContentStore>();
        services.TryAddScoped<TemplateContentProvider>();
        services.TryAddScoped<ITemplateRenderer, HandlebarsTemplateRenderer>();
        return services;
    }

    public static IServiceCollection AddTemplateDefinitions<TProvider>(this IServiceCollection services)
        where TProvider : TemplateDefinitionProvider => services.AddSingleton<TemplateDefinitionProvider, TProvider>();
}
