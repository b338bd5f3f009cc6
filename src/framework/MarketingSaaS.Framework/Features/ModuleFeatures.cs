namespace MarketingSaaS.Framework.Features;

public static class ModuleFeatures
{
    public const string Prefix = "Modules.";

    public static string For(string moduleName) => Prefix + moduleName;

    public static bool IsModuleSwitch(string featureName) => featureName.StartsWith(Prefix, StringComparison.Ordinal);
}
