namespace MarketingSaaS.Framework.Modularity;

public sealed class ModuleCycleException(IReadOnlyList<Type> cycle)
    : Exception("Module dependency cycle: " + string.Join(" -> ", cycle.Select(t => t.Name)))
{
    public IReadOnlyList<Type> Cycle { get; } = cycle;
}
