using System.Reflection;

namespace MarketingSaaS.Framework.Modularity;

/// <summary>
/// A folder of plug-ins: each sub-folder holds one plug-in whose main assembly has the sub-folder's
/// name (plugins/MarketingSaaS.Events.HttpApi/MarketingSaaS.Events.HttpApi.dll). Every public,
/// non-abstract module class of that assembly becomes a root module.
/// </summary>
public sealed class PlugInFolderSource(string folder)
{
    public string Folder { get; } = folder;

    public IReadOnlyList<Type> LoadModuleTypes()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var types = new List<Type>();
        foreach (var dir in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            var mainAssembly = Path.Combine(dir, Path.GetFileName(dir) + ".dll");
            if (!File.Exists(mainAssembly))
            {
                throw new FileNotFoundException($"Plug-in folder '{dir}' has no main assembly '{Path.GetFileName(mainAssembly)}'.", mainAssembly);
            }

            var context = new PlugInLoadContext(mainAssembly);
            types.AddRange(FindModuleTypes(context.LoadFromAssemblyPath(mainAssembly)));
        }

        return types;
    }

    private static IEnumerable<Type> FindModuleTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => !t.IsAbstract && typeof(MarketingModule).IsAssignableFrom(t));
}
