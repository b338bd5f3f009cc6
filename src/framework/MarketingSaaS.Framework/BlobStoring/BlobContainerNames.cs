using System.Reflection;
using System.Text.RegularExpressions;

namespace MarketingSaaS.Framework.BlobStoring;

public static partial class BlobContainerNames
{
    public static string Of<TContainer>() => Of(typeof(TContainer));

    public static string Of(Type containerType)
    {
        var name = containerType.GetCustomAttribute<BlobContainerNameAttribute>()?.Name
            ?? throw new InvalidOperationException($"{containerType.Name} has no [BlobContainerName].");
        return IsValid(name) ? name : throw new InvalidOperationException($"'{name}' is not a valid blob container name (a-z, 0-9, '-').");
    }

    public static bool IsValid(string name) => ValidName().IsMatch(name);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidName();
}
