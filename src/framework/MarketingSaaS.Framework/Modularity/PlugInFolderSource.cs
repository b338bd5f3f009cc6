using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace MarketingSaaS.Framework.Modularity;

/// <summary>
/// A folder of plug-ins: each sub-folder holds one plug-in whose main assembly has the sub-folder's
/// name (plugins/MarketingSaaS.Events.HttpApi/MarketingSaaS.Events.HttpApi.dll). Every public,
/// non-abstract module class of that assembly becomes a root module.
/// </summary>
public sealed class PlugInFolderSource(string folder)
{
    public const string FolderKey = "PlugIns:Folder";

    public string Folder { get; } = folder;

    /// <summary>
    /// The module types of the folder named by "PlugIns:Folder" (relative to <paramref name="baseDirectory"/>), none when
    /// it is not set. The host and the DbMigrator both load their plug-ins this way.
    /// </summary>
    public static IReadOnlyList<Type> LoadConfigured(IConfiguration configuration, string baseDirectory)
    {
        var folder = configuration[FolderKey];
        return string.IsNullOrEmpty(folder) ? [] : new PlugInFolderSource(Path.GetFullPath(folder, baseDirectory)).LoadModuleTypes();
    }

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

    /// <summary>The root modules of a module's main assembly: its public, non-abstract module classes.</summary>
    internal static IEnumerable<Type> FindModuleTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Where(t => !t.IsAbstract && typeof(MarketingModule).IsAssignableFrom(t));
}
