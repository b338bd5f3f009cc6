namespace MarketingSaaS.Framework.Settings;

public abstract class SettingDefinitionProvider
{
    public abstract void Define(SettingDefinitionContext context);
}
