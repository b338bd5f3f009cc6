namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>Names a typed blob container: lower-case letters, digits and dashes (it becomes a folder or key prefix).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BlobContainerNameAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
