using System.Reflection;

namespace MarketingSaaS.Framework.Modularity;

/// <summary>
/// On a composition root's assembly: a referenced module project whose module classes become root modules, as a
/// plug-in's main assembly's do. Written by MSBuild from the root's <c>ProjectReference … ComposeModule="true"</c> items
/// (the host's list, src/MarketingSaaS.HttpApi.Host/Modules/ComposedModules.props, read by the host and the DbMigrator),
/// so composing a module by reference needs no composition class.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class ComposedModuleAssemblyAttribute(string assemblyName) : Attribute
{
    public string AssemblyName { get; } = assemblyName;

    public static IReadOnlyList<Type> LoadModuleTypes(Assembly compositionRoot) =>
        [.. compositionRoot.GetCustomAttributes<ComposedModuleAssemblyAttribute>()
            .SelectMany(a => PlugInFolderSource.FindModuleTypes(Assembly.Load(a.AssemblyName)))];
}
