namespace MarketingSaaS.Framework.Features;

/// <summary>A module's switch "Modules.{name}", defined from its manifest.</summary>
public sealed class ModuleSwitchDefinitionProvider(string moduleName, bool switchedOnByDefault) : FeatureDefinitionProvider
{
    public string ModuleName { get; } = moduleName;

    public override void Define(FeatureDefinitionContext context) => context.AddModuleSwitch(ModuleName, switchedOnByDefault);
}
