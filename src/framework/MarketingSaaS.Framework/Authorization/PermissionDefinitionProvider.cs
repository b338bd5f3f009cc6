namespace MarketingSaaS.Framework.Authorization;

/// <summary>Each module declares its permissions in one provider, registered as a singleton.</summary>
public abstract class PermissionDefinitionProvider
{
    public abstract void Define(PermissionDefinitionContext context);
}
