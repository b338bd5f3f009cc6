namespace MarketingSaaS.Framework.Modularity;

[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class DependsOnAttribute(params Type[] dependedModuleTypes) : Attribute
{
    public IReadOnlyList<Type> DependedModuleTypes { get; } = dependedModuleTypes;
}
