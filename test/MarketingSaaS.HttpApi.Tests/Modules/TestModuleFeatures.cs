using MarketingSaaS.Framework.Modularity.Manifests;

namespace MarketingSaaS.HttpApi.Tests.Modules;

/// <summary>Modules that exist only in the test host (their manifests); the platform defines none of its own.</summary>
public static class TestModuleFeatures
{
    public const string Reports = "Modules.TestReports";
    public const string Archive = "Modules.TestArchive";
    public const string Dashboards = "Modules.TestDashboards";
    public const string ReportsUrl = "/api/test-reports";

    public sealed class ReportsManifest : IModuleManifest
    {
        public string Name => "TestReports";

        public void Describe(ModuleManifestBuilder module)
        {
        }
    }

    public sealed class ArchiveManifest : IModuleManifest
    {
        public string Name => "TestArchive";

        public void Describe(ModuleManifestBuilder module) => module.OnByDefault();
    }

    public sealed class DashboardsManifest : IModuleManifest
    {
        public string Name => "TestDashboards";

        public void Describe(ModuleManifestBuilder module) => module.Requires("TestReports").WorksWith("TestArchive");
    }
}
