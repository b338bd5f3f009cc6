using System.Reflection;

namespace MarketingSaaS.Framework.Modularity;

/// <summary>Walks the [DependsOn] graph depth first: dependencies come before their dependants.</summary>
public static class ModuleSorter
{
    public static IReadOnlyList<Type> Sort(IEnumerable<Type> rootModuleTypes)
    {
        var ordered = new List<Type>();
        var done = new HashSet<Type>();
        var path = new List<Type>();
        foreach (var root in rootModuleTypes)
        {
            Visit(root, ordered, done, path);
        }

        return ordered;
    }

    public static IEnumerable<Type> GetDependencies(Type moduleType)
    {
        if (!typeof(MarketingModule).IsAssignableFrom(moduleType))
        {
            throw new ArgumentException($"{moduleType.FullName} is not a {nameof(MarketingModule)}.");
        }

        return moduleType.GetCustomAttributes<DependsOnAttribute>().SelectMany(a => a.DependedModuleTypes);
    }

    private static void Visit(Type type, List<Type> ordered, HashSet<Type> done, List<Type> path)
    {
        if (done.Contains(type))
        {
            return;
        }

        var index = path.IndexOf(type);
        if (index >= 0)
        {
            throw new ModuleCycleException([.. path.Skip(index), type]);
        }

        path.Add(type);
        foreach (var dependency in GetDependencies(type))
        {
            Visit(dependency, ordered, done, path);
        }

        path.RemoveAt(path.Count - 1);
        done.Add(type);
        ordered.Add(type);
    }
}
