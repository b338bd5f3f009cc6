using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.HttpApi.Tests.Modules;

/// <summary>Module switches that exist only in the test host; the platform defines none of its own.</summary>
public sealed class TestModuleFeatures : FeatureDefinitionProvider
{
    public const string Reports = "Modules.TestReports";
    public const string Archive = "Modules.TestArchive";
    public const string ReportsUrl = "/api/test-reports";

    public override void Define(FeatureDefinitionContext context)
    {
        context.AddModuleSwitch("TestReports");
        context.AddModuleSwitch("TestArchive", enabledByDefault: true);
    }
}
