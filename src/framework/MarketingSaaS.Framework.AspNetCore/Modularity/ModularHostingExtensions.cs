using MarketingSaaS.Framework.AspNetCore.Uow;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Framework.Modularity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace MarketingSaaS.Framework.AspNetCore.Modularity;

public static class ModularHostingExtensions
{
    /// <summary>
    /// Configures the host module, its dependencies, the modules its assembly names with
    /// <see cref="ComposedModuleAssemblyAttribute"/> (written by MSBuild from the host's list of composed modules), and
    /// the plug-ins in "PlugIns:Folder".
    /// </summary>
    public static ModularApplication AddModularApplication<THostModule>(this WebApplicationBuilder builder)
        where THostModule : MarketingModule
    {
        var referenced = ComposedModuleAssemblyAttribute.LoadModuleTypes(typeof(THostModule).Assembly);
        var plugIns = PlugInFolderSource.LoadConfigured(builder.Configuration, builder.Environment.ContentRootPath);
        return ModularApplication.Create(typeof(THostModule), builder.Services, builder.Configuration, plugIns, referenced);
    }

    public static WebApplication InitializeModularApplication(this WebApplication app)
    {
        var modular = app.Services.GetRequiredService<ModularApplication>();
        modular.Initialize(app.Services);
        app.Lifetime.ApplicationStopping.Register(() => modular.Shutdown(app.Services));
        return app;
    }

    /// <summary>
    /// Maps every module's endpoints onto one root group that carries the request pipeline's steps, in order: input
    /// DTOs are validated (<see cref="InputValidationEndpointFilter"/>, a 400 before anything else runs), then each
    /// state-changing request is one unit of work (<see cref="RequestTransactionFilter"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapModuleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var root = endpoints.MapGroup("");
        root.AddEndpointFilterFactory(InputValidationEndpointFilter.Create);
        root.AddEndpointFilter<RequestTransactionFilter>();
        foreach (var module in endpoints.ServiceProvider.GetRequiredService<ModularApplication>().Modules)
        {
            (module.Instance as IEndpointModule)?.MapEndpoints(root);
        }

        return endpoints;
    }
}
