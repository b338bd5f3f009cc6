using MarketingSaaS.Framework.Authorization;
using MarketingSaaS.Framework.Features;
using MarketingSaaS.Framework.Modularity;
using MarketingSaaS.Framework.Modularity.Manifests;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Modularity;

/// <summary>The modular application registers what a composed module's manifest names, and checks its required modules.</summary>
public sealed class ModuleManifestRegistrationTests
{
    [Fact]
    public void A_composed_manifest_brings_its_switch_and_its_providers_definitions()
    {
        var services = new ServiceCollection();
        var application = ModularApplication.Create(typeof(ReportsModule), services, new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();

        application.Manifests.Select(m => m.Name).ShouldBe(["Reports"]);
        provider.GetRequiredService<IEnumerable<ModuleManifest>>().Single().FeatureSwitch.ShouldBe("Modules.Reports");
        provider.GetRequiredService<FeatureDefinitionManager>().GetOrNull("Modules.Reports")!.DefaultValue.ShouldBe("false");
        provider.GetRequiredService<PermissionDefinitionManager>().GetOrNull("Reports.View")!.RequiredFeatures.ShouldBe(["Modules.Reports"]);
    }

    [Fact]
    public void A_required_module_that_is_not_composed_stops_the_start()
    {
        var e = Should.Throw<ModuleDependencyException>(() =>
            ModularApplication.Create(typeof(NeedsArchiveModule), new ServiceCollection(), new ConfigurationBuilder().Build()));

        e.Message.ShouldBe("Module 'Dashboards' requires module 'Archive', which is not composed (reference it or put it in the plug-in folder).");
    }

    [Fact]
    public void An_optional_module_may_be_missing()
    {
        var application = ModularApplication.Create(typeof(ReportsModule), new ServiceCollection(), new ConfigurationBuilder().Build());

        application.Manifests.Single().OptionalModules.ShouldBe(["Archive"]);
    }

    [DependsOn(typeof(FrameworkModule))]
    [ModuleManifest(typeof(ReportsManifest))]
    public sealed class ReportsModule : MarketingModule;

    [DependsOn(typeof(FrameworkModule))]
    [ModuleManifest(typeof(DashboardsManifest))]
    public sealed class NeedsArchiveModule : MarketingModule;

    public sealed class ReportsManifest : IModuleManifest
    {
        public string Name => "Reports";

        public void Describe(ModuleManifestBuilder module) => module.Permissions<ReportsPermissions>().WorksWith("Archive");
    }

    public sealed class DashboardsManifest : IModuleManifest
    {
        public string Name => "Dashboards";

        public void Describe(ModuleManifestBuilder module) => module.Requires("Archive");
    }

    public sealed class ReportsPermissions : PermissionDefinitionProvider
    {
        public override void Define(PermissionDefinitionContext context) =>
            context.AddGroup("Reports").AddPermission("Reports.View", MultiTenancySides.Tenant, "Modules.Reports");
    }
}
