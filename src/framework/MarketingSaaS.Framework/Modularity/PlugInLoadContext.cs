using System.Reflection;
using System.Runtime.Loader;

namespace MarketingSaaS.Framework.Modularity;

/// <summary>
/// Loads one plug-in with its own dependencies (from its .deps.json). Assemblies the host has (the
/// framework, ASP.NET Core, EF Core), loaded yet or not, are shared so that types match across the boundary.
/// </summary>
public sealed class PlugInLoadContext(string mainAssemblyPath)
    : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath), isCollectible: false)
{
    /// <summary>The simple names of every assembly the host can load (its trusted platform assemblies).</summary>
    private static readonly Lazy<HashSet<string>> HostAssemblyNames = new(() =>
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToHashSet(StringComparer.OrdinalIgnoreCase));

    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsSharedWithHost(assemblyName))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is not null)
        {
            return LoadFromAssemblyPath(path);
        }

        return null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    /// <summary>
    /// Checking only the assemblies loaded so far would give the plug-in its own copy of a host assembly
    /// that the host happens to load later (two MarketingModule types, two DbContext types...).
    /// </summary>
    private static bool IsSharedWithHost(AssemblyName assemblyName) =>
        (assemblyName.Name is { } name && HostAssemblyNames.Value.Contains(name))
        || Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(assemblyName, a.GetName()));
}
