namespace MarketingSaaS.Framework.Modularity.Manifests;

public sealed class ModuleDependencyException(string module, string missing)
    : Exception($"Module '{module}' requires module '{missing}', which is not composed (reference it or put it in the plug-in folder).")
{
    public string Module { get; } = module;

    public string Missing { get; } = missing;
}
