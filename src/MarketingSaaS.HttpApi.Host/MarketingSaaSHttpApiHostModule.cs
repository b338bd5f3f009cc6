using MarketingSaaS.BackgroundJobs;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.Framework.BackgroundJobs;
using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.BlobStoring.S3;
using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.Options;
using MarketingSaaS.HealthChecks;
using MarketingSaaS.OpenApi;
using MarketingSaaS.Portal;
using MarketingSaaS.Security;

namespace MarketingSaaS;

/// <summary>
/// The composition root: the platform's layers. Optional modules come as references (the list in
/// Modules/ComposedModules.props, started through their ComposedModuleAssembly attributes) or as plug-ins.
/// </summary>
[DependsOn(typeof(MarketingSaaSHttpApiModule), typeof(MarketingSaaSEntityFrameworkCoreModule), typeof(FrameworkBlobStoringS3Module))]
public sealed class MarketingSaaSHttpApiHostModule : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var services = context.Services;
        services.AddOpenApi(o => o.AddSchemaTransformer<ConvertedScalarSchemaTransformer>());
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        services.AddLocalization();
        if (context.Configuration.GetValue<bool>("BackgroundJobs:ProbeJob"))
        {
            services.AddBackgroundJob<ProbeJob, ProbeJobArgs>(ProbeJob.Name);
        }
        // A relative blob root lives under the host's content root (App_Data/blobs by default).
        services.AddSingleton<IPostConfigureOptions<FileSystemBlobProviderOptions>>(sp => new PostConfigureOptions<FileSystemBlobProviderOptions>(
            Options.DefaultName,
            o => o.RootPath = Path.GetFullPath(o.RootPath, sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath)));
        services.AddPortalCompression();
        services.AddTrustedForwardedHeaders(context.Configuration);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.AddServerHeader = false);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
    }
}
