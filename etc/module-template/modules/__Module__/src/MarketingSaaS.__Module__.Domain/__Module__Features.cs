using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.__Module__;

public static class __Module__Features
{
    public const string ModuleName = "__Module__";

    /// <summary>The module switch "Modules.__Module__" (off by default; an administrator switches it on).</summary>
    public const string Enable = ModuleFeatures.Prefix + ModuleName;
}
