using MarketingSaaS.Framework.Features;

namespace MarketingSaaS.Events;

public static class EventsFeatures
{
    public const string ModuleName = "Events";

    /// <summary>The module switch "Modules.Events" (off by default; an administrator switches it on).</summary>
    public const string Enable = ModuleFeatures.Prefix + ModuleName;
}
