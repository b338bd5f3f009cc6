using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.Membership;

public static class MembershipFeatures
{
    public const string ModuleName = "Membership";

    /// <summary>The module switch "Modules.Membership" (off by default; an administrator switches it on).</summary>
    public const string Enable = ModuleFeatures.Prefix + ModuleName;
}
